import {createContext, useContext} from 'react';
import type {Token} from 'prism-react-renderer';
import type {LineMarks, LineRange} from '../pal/valueMarks';

/**
 * Where the reader's values were written into the code block (and line) being rendered,
 * handed from the CodeBlock wrapper down to the line and token components.
 */
export const BlockMarksContext = createContext<Map<string, LineRange[]> | null>(null);
export const LineMarksContext = createContext<LineMarks<Token> | null>(null);

export function useBlockMarks(): Map<string, LineRange[]> | null {
  return useContext(BlockMarksContext);
}

export function useLineMarks(): LineMarks<Token> | null {
  return useContext(LineMarksContext);
}
