/** Saves a Blob as a file through a temporary object URL (no data: URLs, no new windows). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, filename: string): void {
  // A BOM and CRLF so Notepad on older Windows shows Vietnamese text correctly.
  downloadBlob(
    new Blob(['\uFEFF', text.replace(/\r?\n/g, '\r\n')], { type: 'text/plain;charset=utf-8' }),
    filename,
  );
}
