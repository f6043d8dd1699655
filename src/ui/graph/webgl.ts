// Whether the browser has hardware WebGL. Cytoscape's WebGL renderer beats the canvas one on a
// GPU, but on software GL (SwiftShader: no GPU, headless, blocklisted drivers) it measured about
// twice as slow as canvas on 20k elements, mostly uploading label textures.

/** Renderer names of software rasterisers (Chrome, Mesa, Windows). */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let cached: boolean | undefined;

export function hasHardwareWebgl(): boolean {
  if (cached !== undefined) return cached;
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    if (!gl) return (cached = false);
    // Chrome does not honour failIfMajorPerformanceCaveat for SwiftShader; the name tells.
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    cached = !SOFTWARE_GL.test(name);
    gl.getExtension("WEBGL_lose_context")?.loseContext();
  } catch {
    cached = false;
  }
  return cached;
}
