let resolve: () => void = () => undefined;

/**
 * Resolves when the first chart of the page is drawn (or after a short wait), so that code not
 * needed for it (more chart types, the account menu) is fetched after it instead of competing.
 */
export const afterFirstPaint = new Promise<void>((done) => {
  resolve = done;
  setTimeout(done, 1500);
});

export const markFirstPaint = (): void => resolve();
