// What a message is besides a question for a figure: a greeting or thanks, a question about
// the assistant itself, a request to list everything of a kind, or to summarise a report.
// Runtime-neutral.

export type Intent = 'question' | 'greeting' | 'thanks' | 'capabilities' | 'list' | 'summary';

const GREETING = /^(?:你好|您好|哈囉|嗨|早安|午安|晚安|hi|hello|hey)[!！。.～~\s]*$/i;
const THANKS = /^(?:謝謝|感謝|多謝|謝啦|thanks?|thank you|辛苦了|好的?|ok)[!！。.～~\s你您]*$/i;
const CAPABILITIES = /(?:你|您)(?:可以|能|會)(?:做|幫|回答)|你是誰|怎麼用|如何使用|使用說明|有什麼功能|^help$|^幫助$/i;
const LIST = /列出|列舉|全部列|所有的?[\u4e00-\u9fff]{0,8}(?:有哪些|是什麼)|有哪些[\u4e00-\u9fff]{0,6}(?:全部|都)/;
const SUMMARY = /(?:摘要|總結|整理|大綱|目錄|概要|重點)[^？?]*報告|報告[^？?]*(?:摘要|總結|整理|大綱|目錄|概要|重點|在講什麼|講些什麼|內容)/;

export function intentOf(text: string): Intent {
  const t = text.normalize('NFKC').trim();
  if (GREETING.test(t)) return 'greeting';
  if (THANKS.test(t)) return 'thanks';
  if (CAPABILITIES.test(t)) return 'capabilities';
  if (SUMMARY.test(t)) return 'summary';
  if (LIST.test(t)) return 'list';
  return 'question';
}
