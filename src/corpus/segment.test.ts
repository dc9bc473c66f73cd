import { describe, expect, it } from 'vitest';
import { segmentParagraphs, splitSentences } from './segment.ts';
import type { Paragraph } from './types.ts';

/** One body paragraph per line, as the loader makes them. */
function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ index: out.length, role: 'body', start: offset, end: offset + line.length, text: line });
    offset += line.length + 1;
  }
  return out;
}

function segment(text: string) {
  return segmentParagraphs(text, paragraphsOf(text));
}

const sentencesOf = (text: string) => segment(text).sentences.map((s) => s.text);
const quotesOf = (text: string) => segment(text).quotedSpans.map((q) => q.text);

describe('splitSentences', () => {
  it('breaks at a full stop glued to the next word', () => {
    expect(sentencesOf('بعد انقطاع استمر 5 أيام.وتعود الحياة تدريجياً إلى طبيعتها.')).toEqual([
      'بعد انقطاع استمر 5 أيام.',
      'وتعود الحياة تدريجياً إلى طبيعتها.',
    ]);
    expect(sentencesOf('قالت إن قواته “ستنسحب بعد انتهاء مهمتها”.وبحسب وصفه، فإن الأحداث لن تتكرر.')).toEqual([
      'قالت إن قواته “ستنسحب بعد انتهاء مهمتها”.',
      'وبحسب وصفه، فإن الأحداث لن تتكرر.',
    ]);
  });

  it('breaks at a middle dot some outlets end sentences with', () => {
    expect(sentencesOf('في حين قدر عدد الجرحى بالعشرات· وأعلن رئيس جهاز الإطفاء أن جميع الضحايا من النساء·')).toEqual([
      'في حين قدر عدد الجرحى بالعشرات·',
      'وأعلن رئيس جهاز الإطفاء أن جميع الضحايا من النساء·',
    ]);
  });

  it('keeps the comma and semicolon inside a sentence', () => {
    expect(sentencesOf('قال الوزير، في بيان، إن الوضع مستقر؛ وإن الحكومة تتابع التطورات.')).toHaveLength(1);
  });

  it('splits on ؟ ! and … but not on a decimal or a single-letter initial', () => {
    expect(sentencesOf('هل انتهت الأزمة؟ لا أحد يعرف! ارتفع التضخم إلى 3.5 في المئة… ثم تراجع.')).toEqual([
      'هل انتهت الأزمة؟',
      'لا أحد يعرف!',
      'ارتفع التضخم إلى 3.5 في المئة…',
      'ثم تراجع.',
    ]);
    expect(sentencesOf('أوقف المدير السابق للجنة الأمن الوطنية ك. ك. ماسيموف وأودع مركزاً للاعتقال المؤقت.')).toHaveLength(1);
    expect(sentencesOf('ارتفع عدد القتلى إلى 7. وقالت الشرطة إن التحقيق مستمر.')).toHaveLength(2); // a one-digit number is no initial
  });

  it('does not split a domain name or an omission mark in brackets', () => {
    expect(sentencesOf('راسلونا على info@example.com للمزيد. وشكراً.')).toEqual(['راسلونا على info@example.com للمزيد.', 'وشكراً.']);
    expect(sentencesOf('ظهر هدفها الرئيسي بوضوح (..) كانت محاولة انقلاب.')).toHaveLength(1);
  });

  it('keeps a quote with an inner full stop together with its attribution', () => {
    const text = 'وأوضح قائلاً: "تحركت مجموعات مقاتلين كانت تتحين اللحظة المناسبة لها. ظهر هدفها الرئيسي بوضوح (..) كانت محاولة انقلاب"، مضيفاً: "لم نستخدم أبداً القوة العسكرية".';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('ends a sentence after a closing quote and its stop, then starts the next quote', () => {
    const text = 'وقال “نفهم أن الأحداث ليست المحاولة الأولى”. “لقد أظهرت الخطوات أننا لن نسمح بزعزعة الوضع”.';
    expect(sentencesOf(text)).toEqual(['وقال “نفهم أن الأحداث ليست المحاولة الأولى”.', '“لقد أظهرت الخطوات أننا لن نسمح بزعزعة الوضع”.']);
  });

  it('does not end a sentence where it goes on with a comma after an ellipsis', () => {
    expect(sentencesOf('أين الدليل على أن الجماعات كانت تعمل … ، وصراع النخبة على السلطة.')).toHaveLength(1);
  });

  it('folds stray punctuation into the sentence before it and trims whitespace', () => {
    const text = '  زعم أن عددها يبلغ 2030 جندياً. . خردوات.  ';
    const [first, second] = splitSentences(text, { start: 0, end: text.length });
    expect(text.slice(first!.start, first!.end)).toBe('زعم أن عددها يبلغ 2030 جندياً. .');
    expect(text.slice(second!.start, second!.end)).toBe('خردوات.');
  });
});

describe('quoted spans', () => {
  it('finds curly, guillemet and ASCII quotes, recording the inner text', () => {
    const text = 'تعرضت لـ«عدوان مسلح» نفذه "إرهابيون مدربون" بحسب “بيان رسمي”.';
    const spans = segment(text).quotedSpans;
    expect(spans.map((s) => [s.open, s.text, s.close])).toEqual([
      ['«', 'عدوان مسلح', '»'],
      ['"', 'إرهابيون مدربون', '"'],
      ['“', 'بيان رسمي', '”'],
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('pairs reversed marks: ” as opener, “ … “, and a quote glued to the word before', () => {
    expect(quotesOf('وبوتن يندد بـ”الإرهاب العالمي” في كلمته.')).toEqual(['الإرهاب العالمي']);
    expect(quotesOf('وقال الخبير: “يتم طرح الكثير من الأسئلة حول السلطة. للسيطرة على البلاد “.')).toEqual([
      'يتم طرح الكثير من الأسئلة حول السلطة. للسيطرة على البلاد',
    ]);
    expect(quotesOf('وذلك في إطار”عملية مكافحة الإرهاب المستمرة حاليا”.')).toEqual(['عملية مكافحة الإرهاب المستمرة حاليا']);
    expect(quotesOf('تضم في صفوفها "مجرمين" و"مخربين"، استغلت الحركة.')).toEqual(['مجرمين', 'مخربين']);
  });

  it('runs a quote over a line break when the next line closes it', () => {
    const text = 'وتابع: “الأحداث الأخيرة تؤكد أن بعض القوى لا تتردد في استخدام الفضاء الإلكتروني.\nكما والشبكات الاجتماعية في تجنيد المتطرفين”.\nوشدد على أن بلاده لن تسمح باندلاع “ثورات” في المنطقة.';
    const { quotedSpans, sentences } = segment(text);
    expect(quotedSpans.map((q) => q.text)).toEqual([
      'الأحداث الأخيرة تؤكد أن بعض القوى لا تتردد في استخدام الفضاء الإلكتروني.\nكما والشبكات الاجتماعية في تجنيد المتطرفين',
      'ثورات',
    ]);
    expect(quotedSpans[0]!.close).toBe('”');
    expect(quotedSpans[0]!.sentence).toBe(0);
    expect(sentences[quotedSpans[1]!.sentence]!.text).toContain('وشدد');
  });

  it('caps an unclosed quote at the paragraph end instead of swallowing the article', () => {
    const text = 'وقال المتحدث: "لن نتراجع عن قرارنا مهما كانت الضغوط\nوفي سياق آخر، أعلنت الوزارة "خطة جديدة" للنقل.\nوأضاف أن العمل مستمر.';
    const spans = segment(text).quotedSpans;
    expect(spans.map((q) => [q.text, q.close])).toEqual([
      ['لن نتراجع عن قرارنا مهما كانت الضغوط', ''],
      ['خطة جديدة', '"'],
    ]);
  });

  it('never carries an unclosed quote to a mark that opens the next paragraph\'s own quote (one more mark follows it there)', () => {
    const text = 'وأضاف الرئيس " يجب على الشعب أن يساهم في تحمل الأعباء.\nوأضاف العلي " لا يعقل أن يكون ثمن سيجارة يوازي ثمن الخبز."';
    expect(segment(text).quotedSpans.map((q) => q.text)).toEqual(['يجب على الشعب أن يساهم في تحمل الأعباء.', 'لا يعقل أن يكون ثمن سيجارة يوازي ثمن الخبز.']);
    // A quote that does run on closes in the next paragraph with no mark left after it.
    expect(quotesOf('وقال الوزير: "الوضع صعب جدا في المدينة.\nونحن نعمل على الحل مع الشركاء".')).toEqual(['الوضع صعب جدا في المدينة.\nونحن نعمل على الحل مع الشركاء']);
  });

  it('keeps nested guillemets inside curly quotes as their own span', () => {
    const spans = quotesOf('وقال: “إن ما يسمى «الثورات الملونة» لن تمر”.');
    expect(spans).toEqual(['إن ما يسمى «الثورات الملونة» لن تمر', 'الثورات الملونة']);
  });

  it('gives each span the sentence it opens in', () => {
    const { quotedSpans, sentences } = segment('قال الوزير إن الوضع مستقر. وأكد أن الحكومة “لن تسمح بالفوضى”.');
    expect(sentences[quotedSpans[0]!.sentence]!.text).toBe('وأكد أن الحكومة “لن تسمح بالفوضى”.');
  });
});
