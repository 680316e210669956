import { describe, expect, it } from "vitest";
import { svgDataUrl } from "./image";

describe("svgDataUrl", () => {
  it("encodes UTF-8 text losslessly as a data URL", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Rückenschmerz – 背中 &lt;script&gt;</text></svg>';
    const url = svgDataUrl(svg);
    expect(url.startsWith("data:image/svg+xml;base64,")).toBe(true);
    const decoded = new TextDecoder().decode(
      Uint8Array.from(atob(url.slice(url.indexOf(",") + 1)), (c) => c.charCodeAt(0)),
    );
    expect(decoded).toBe(svg);
  });
});
