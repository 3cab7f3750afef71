// Files the server sends inside GraphQL (base64) saved by the browser under their own name.

/** RFC 4648 base64 (with padding) → the bytes it encodes. */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function saveFile(fileName: string, contentType: string, contentBase64: string): void {
  const url = URL.createObjectURL(new Blob([base64Bytes(contentBase64)], { type: contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click's task: the download has taken the blob by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
