import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The page objects of a PDF (`/Type /Page`, not `/Pages`): a count that needs no PDF library. */
export function countPageObjects(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** How many pages a PDF has: pdfinfo's answer where poppler is installed, else its page objects. */
export function pdfPages(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'aila-pdf-'));
  try {
    const path = join(dir, 'page.pdf');
    writeFileSync(path, pdf);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    return Number(info.match(/^Pages:\s+(\d+)/m)?.[1] ?? Number.NaN);
  } catch {
    return countPageObjects(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
