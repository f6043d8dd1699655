// Markdown to the text entity extraction should see: image links and link targets carry no
// talk content (CDN hosts, tracking URLs) and would become false terms, so they go; link
// labels, headings, lists and code stay, as code names the tools a talk is about.

/** Only real HTML tag names, so `List<String>` in a code block survives. */
const HTML_TAG =
  /<\/?(?:a|b|i|u|em|strong|p|div|span|br|hr|table|thead|tbody|tr|td|th|ul|ol|li|h[1-6]|pre|code|sup|sub|center|font|details|summary|iframe|video|audio|source|section|blockquote|figure|figcaption)\b[^>]*>/gi;

export function markdownToText(markdown: string): string {
  return (
    markdown
      // ![alt](src) and <img ...>: nothing a reader sees as text.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/<img\b[^>]*>/gi, "")
      // [label](target) → label.
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      // Site-generator shortcodes ({{< youtube id="…" >}}, {{% notice %}}): page markup, not
      // text. Go templates ("{{ .Name }}") in code stay.
      .replace(/\{\{[<%][\s\S]*?[>%]\}\}/g, "")
      // Other HTML tags and comments: keep what is between them.
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(HTML_TAG, "")
      // Blank lines left behind by removed images collapse.
      .replace(/\n{3,}/g, "\n\n")
  );
}
