// Files the server sends inside GraphQL (base64) saved by the browser under their own name.

/** RFC 4648 base64 (with padding) → the bytes it encodes. */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function saveFile(fileName: string, contentType: string, contentBase64: string): void {
  saveBlob(fileName, new Blob([base64Bytes(contentBase64)], { type: contentType }));
}

/** Text made in the browser (e.g. a CSV report) saved under `fileName`. */
export function saveText(fileName: string, contentType: string, text: string): void {
  saveBlob(fileName, new Blob([text], { type: contentType }));
}

function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click's task: the download has taken the blob by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
