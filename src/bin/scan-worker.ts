// out/scan-worker.js, the scan pool's worker for the test bundle (out/core.cjs). dist/ uses dist/scan-worker.js.
import { serveScanPool } from '../core/scan-worker';

serveScanPool();
