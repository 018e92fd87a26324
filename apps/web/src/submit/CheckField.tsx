import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FormValues } from './draft.ts';
import { FieldProblems, type Name } from './inputs.tsx';

/** A single yes/no check box. */
export function CheckField({ name, label, help }: { name: string; label: ReactNode; help?: ReactNode }) {
  const { register } = useFormContext<FormValues>();
  return (
    <div className="form-field check-field" data-field={name}>
      <label className="choice">
        <input
          type="checkbox"
          id={name}
          aria-describedby={help ? `${name}-help` : undefined}
          {...register(name as Name)}
        />
        <span>{label}</span>
      </label>
      {help && (
        <p className="field-help" id={`${name}-help`}>
          {help}
        </p>
      )}
      <FieldProblems name={name} />
    </div>
  );
}
