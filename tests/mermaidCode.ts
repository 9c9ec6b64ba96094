/**
 * Strings that occur in Mermaid's own code and its layout libraries, and never in a rendered
 * diagram: the unit tests check the renders, the e2e tests every script a page loads.
 */
export const MERMAID_CODE = /mermaidAPI|dagre|khroma|cytoscape|elkjs|langium/;
