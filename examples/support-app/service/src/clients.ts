import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { ChatOpenAI } from '@langchain/openai';
import { ChatAnthropic } from '@langchain/anthropic';

export const openai = new OpenAI();
export const anthropic = new Anthropic();

export interface ModelConfig {
  provider: 'openai' | 'anthropic';
  model: string;
  temperature?: number;
}

/** The chat model a workflow runs on, chosen per tenant in the admin console. */
export function getModelFromConfig(config: ModelConfig) {
  if (config.provider === 'anthropic') {
    return new ChatAnthropic({ model: config.model, temperature: config.temperature ?? 0 });
  }
  return new ChatOpenAI({ model: config.model, temperature: config.temperature ?? 0 });
}
