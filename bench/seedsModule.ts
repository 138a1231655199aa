import { readSeedModule } from '../scripts/seedModule';

// What esbuild.js embeds as 'verbatim-seeds', made from seeds/ by the same function.
export default readSeedModule();
