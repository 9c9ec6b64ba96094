import type {ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import AskAboutPage from '@site/src/components/AskAboutPage';

type Props = WrapperProps<typeof FooterType>;

/** Docusaurus's doc footer ("Edit this page", last update) followed by "Ask about this page". */
export default function FooterWrapper(props: Props): ReactNode {
  return (
    <>
      <Footer {...props} />
      <AskAboutPage />
    </>
  );
}
