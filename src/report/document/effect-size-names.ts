/** What each effect size is called in tables (`short`) and in notes (`long`). */
import type { EffectSizeKind } from '../../analysis/findings.js';

export const EFFECT_SIZE_NAMES: Record<EffectSizeKind, { short: string; long: string }> = {
  dav: { short: 'd_av', long: 'd_av (Hattie’s effect size): mean gain over the average of the pre and post SDs' },
  dz: { short: 'd_z', long: 'd_z: mean gain over the SD of the gains' },
  drm: { short: 'd_rm', long: 'd_rm (repeated measures, Lakens 2013): mean gain over the SD of the gains scaled by √(2(1 − r))' },
  db: { short: 'd_b', long: 'd_b (Becker): mean gain over the pre-test SD' },
};
