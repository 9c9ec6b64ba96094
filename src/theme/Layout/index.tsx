import React, {type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {useNeedsMainLandmark} from '@site/src/components/MainLandmark';

type Props = WrapperProps<typeof LayoutType>;

/** The classic Layout; puts the content in <main> for pages that ask for it. */
export default function LayoutWrapper({children, ...props}: Props): ReactNode {
  const needsMain = useNeedsMainLandmark();
  return <Layout {...props}>{needsMain ? <main>{children}</main> : children}</Layout>;
}
