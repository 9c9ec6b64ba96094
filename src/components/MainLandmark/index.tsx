import {createContext, useContext} from 'react';

/**
 * Set by pages whose theme component renders <Layout> without a <main> of its own (the search
 * page of @easyops-cn/docusaurus-search-local): the Layout wrapper then puts the page content in
 * <main>, so the page has a main landmark and no content outside landmarks.
 */
export const NeedsMainLandmark = createContext(false);

export function useNeedsMainLandmark(): boolean {
  return useContext(NeedsMainLandmark);
}
