import MDXComponents from '@theme-original/MDXComponents';
import ScrollableTable from '@site/src/components/ScrollableTable';

/** Markdown tables scroll in a focusable box when they are too wide (see ScrollableTable). */
export default {
  ...MDXComponents,
  table: ScrollableTable,
};
