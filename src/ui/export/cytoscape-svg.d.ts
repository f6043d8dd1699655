// cytoscape-svg ships no types: it is a Cytoscape extension that adds `cy.svg(options)`.
declare module "cytoscape-svg" {
  import type cytoscape from "cytoscape";
  const register: cytoscape.Ext;
  export default register;
}
