import type { OutFile } from '../../state/workspace/dataTransfer';

/** Hands a file to the user as a download (a Blob URL on this page: nothing leaves the device). */
export function downloadFile(file: OutFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  // the download has started from the click; the URL is no longer needed after this task
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
