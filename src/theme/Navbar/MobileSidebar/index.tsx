import React, {type ReactNode} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {useMenuIntent} from './useMenuIntent';

/** theme-classic's phone menu, rendered once the reader reaches for the menu button (or it opens). */
export default function MobileSidebarWhenWanted(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const wanted = useMenuIntent();
  return wanted || shown ? <MobileSidebar /> : null;
}
