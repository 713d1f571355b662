import type { TrimLocale } from './types';

/** Chinese (simplified and traditional). */
export const zh: TrimLocale = {
  code: 'zh',
  // "在 2016年12月12日，下午8:45，X <x@y> 写道："
  wroteVerbs: ['写道', '寫道'],
  attributionOpeners: ['在'],
  headerLabels: {
    from: ['发件人', '發件人', '寄件者'],
    date: ['发送时间', '日期', '寄件日期'],
    to: ['收件人', '收件者'],
    cc: ['抄送', '副本'],
    subject: ['主题', '主旨', '主題'],
  },
  separators: ['原始邮件', '原始郵件', '转发的邮件', '轉寄郵件'],
  mobileSignatures: ['從我的 iphone 傳送', '发自我的'],
  closings: ['谢谢', '謝謝', '此致', '祝好'],
};
