import { runAsProcess } from './content';

// The entry of `npm run content`: everything else is in `main`, which tests call in-process.
runAsProcess();
