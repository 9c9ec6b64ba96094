import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import type {ComponentTypesObject} from '@theme/NavbarItem/ComponentTypes';
import YourValuesNavbarItem from '@site/src/components/YourValues';

/** The theme's navbar item types plus ours; use them in docusaurus.config.ts as `type: 'custom-…'`. */
const types: ComponentTypesObject = {
  ...(ComponentTypes as ComponentTypesObject),
  'custom-yourValues': YourValuesNavbarItem,
};

export default types;
