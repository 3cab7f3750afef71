import { describe, expect, it } from "vitest";
import { base64Bytes } from "./download";

describe("base64Bytes", () => {
  it("decodes every byte value, not only text", () => {
    expect(Array.from(base64Bytes("JVBERi0xLjQK/wA="))).toEqual([37, 80, 68, 70, 45, 49, 46, 52, 10, 255, 0]);
  });

  it("decodes an empty file", () => {
    expect(base64Bytes("").length).toBe(0);
  });
});
