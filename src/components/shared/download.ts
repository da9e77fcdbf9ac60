/** Offers `content` to the user as a file named `fileName`. */
export function downloadFile(
  fileName: string,
  content: string,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Today's date as `YYYY-MM-DD`, in the user's time zone. */
export function todayIso(): string {
  return localIsoDate(new Date());
}

/** The local calendar date of `date` as `YYYY-MM-DD`. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-` +
    `${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
