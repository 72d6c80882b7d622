import rules from '../../data/safety-rules.json';
import { SafetyRulesFileSchema } from '../schema/safetyRule';

/** The safety rules of data/safety-rules.json, validated at load (a data error fails loudly). */
export const safetyRules = SafetyRulesFileSchema.parse(rules);
