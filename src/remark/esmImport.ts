/**
 * An MDX ESM node (`import …`) for remark plugins to add to a page. MDX compiles from the
 * estree, so both the text and the tree are given.
 */
export function esmImport(source: string, defaultName?: string) {
  const specifiers = defaultName ? [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: defaultName}}] : [];
  return {
    type: 'mdxjsEsm',
    value: defaultName ? `import ${defaultName} from '${source}';` : `import '${source}';`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [{type: 'ImportDeclaration', specifiers, source: {type: 'Literal', value: source, raw: `'${source}'`}}],
      },
    },
  };
}
