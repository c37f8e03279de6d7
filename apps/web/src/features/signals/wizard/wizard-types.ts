import type { CatalogueDefinition } from '@keten/shared';
import type { SectorRanker, SignalFormState, WizardStep } from './form-state.ts';

/** What every step receives: the state, a way to change it, and the errors of its fields by path. */
export interface StepProps {
  state: SignalFormState;
  update: (change: (state: SignalFormState) => SignalFormState) => void;
  errors: Readonly<Record<string, string>>;
  anonymous: boolean;
  catalogues: readonly CatalogueDefinition[];
  goTo: (step: WizardStep) => void;
  rank?: SectorRanker | undefined;
}

export function fieldId(path: string): string {
  return `signal-${path.replaceAll('.', '-')}`;
}
