// Stands in for theme-classic's prism-include-languages client module, which would put
// Prism into the script every page loads. The languages are added by
// src/codeHighlighting/highlighter.ts, which only pages that show code import (see index.ts).
export {};
