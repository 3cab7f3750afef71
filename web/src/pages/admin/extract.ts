// The ФРМР register extract as the admin picks it: its format from the file's name.

/** "json" or "csv" by the file's extension; null for anything else (the server takes only these). */
export function extractFormat(fileName: string): "json" | "csv" | null {
  const extension = fileName.toLowerCase().split(".").pop();
  return extension === "json" || extension === "csv" ? extension : null;
}
