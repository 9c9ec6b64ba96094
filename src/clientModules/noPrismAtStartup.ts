// Stands in for theme-classic's prism-include-languages client module, which would put
// Prism into the script every page loads. The languages are added by the lazily loaded
// code highlighter instead (src/theme/CodeBlock/Content/Highlighted.tsx).
export {};
