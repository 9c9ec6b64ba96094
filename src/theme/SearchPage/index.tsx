import React, {type ReactNode} from 'react';
import SearchPage from '@theme-original/SearchPage';
import {NeedsMainLandmark} from '@site/src/components/MainLandmark';

/** The search plugin's page, with its content inside <main> (see src/theme/Layout). */
export default function SearchPageWrapper(): ReactNode {
  return (
    <NeedsMainLandmark.Provider value>
      <SearchPage />
    </NeedsMainLandmark.Provider>
  );
}
