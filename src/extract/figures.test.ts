import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LexiconError, loadLexicons } from '../lexicon.ts';
import { extractFigures, loadFigureCues } from './figures.ts';
import { extractStatements } from './quotes.ts';
import { SpeakerDirectory } from './speakers.ts';

/** Articles about other events than the seeds: the rules must be general. */
function figuresOf(text: string) {
  const article = parseArticle('200_test.txt', '/tmp/200_test.txt', text);
  const directory = new SpeakerDirectory();
  const statements = extractStatements(article, directory);
  return extractFigures(article, statements, loadLexicons().topics).map((f) => ({ ...f, speaker: f.speakerKey ? directory.get(f.speakerKey)!.name : null }));
}

describe('extractFigures', () => {
  it('reads a definite unit before a scale word as a count (تخطت الخمسة آلاف) and a number after «تجاوز الـ» as a bound count, not an ordinal', () => {
    expect(figuresOf('وقالت السلطات إن حصيلة الضحايا تخطت الخمسة آلاف قتيل.').map((f) => [f.value, f.topic])).toEqual([[5000, 'deaths']]);
    expect(figuresOf('وأعلن الهلال الأحمر أن عدد المفقودين جراء الفيضانات تجاوز الـ 9000، ومن الصعب تحديد مصيرهم.').map((f) => [f.value, f.topic, f.bound])).toEqual([[9000, 'missing', 'min']]);
    // (Alone, a unit with the article is an ordinal or a day: المركز الخمسين، يوم الاثنين.)
    expect(figuresOf('وقع الهجوم يوم الاثنين وأسفر عن مقتل 5 أشخاص.').map((f) => f.value)).toEqual([5]);
  });

  it('counts people moved to shelters as displaced, and a critical condition near a count as an injury', () => {
    expect(figuresOf('وأصيب 12 شخصا، بينهم أربعة في حالة حرجة، إثر انفجار الصهريج.').map((f) => [f.value, f.topic])).toEqual([[12, 'injuries'], [4, 'injuries']]);
    expect(figuresOf('وتم نقل أكثر من 2700 شخص إلى مراكز الإيواء.').map((f) => [f.value, f.topic])).toEqual([[2700, 'displaced']]);
  });

  it('shares the topic of the count before with a count whose و is glued to its digits or stands before them', () => {
    expect(figuresOf('وأسفرت الأحداث عن إصابة 103 أشخاص و57 من المشجعين.').map((f) => [f.value, f.topic])).toEqual([[103, 'injuries'], [57, 'injuries']]);
    expect(figuresOf('وأسفرت الأحداث عن إصابة 103 عناصر من قوات الأمن و 57 من المشجعين.').map((f) => [f.value, f.topic])).toEqual([[103, 'injuries'], [57, 'injuries']]);
  });

  it('reads what a link phrase after the counted noun says of it (في عداد المفقودين), not the noun alone', () => {
    expect(figuresOf('ولا يزال 20 مهاجراً في عداد المفقودين بعد غرق القارب.').map((f) => [f.value, f.topic])).toEqual([[20, 'missing']]);
    expect(figuresOf('وأصبح 30 مهاجراً في عداد الموتى.').map((f) => [f.value, f.topic])).toEqual([[30, 'deaths']]);
    expect(figuresOf('ولا يزال تسعة صيادين مجهولي المصير.').map((f) => [f.value, f.topic])).toEqual([[9, 'missing']]);
    // Without a link the noun's own topic stands.
    expect(figuresOf('ووصل 20 مهاجراً إلى الشاطئ.').map((f) => [f.value, f.topic])).toEqual([[20, 'refugees']]);
  });

  it('counts villages apart from provinces and districts, and people trapped under the rubble', () => {
    expect(figuresOf('وقال الهلال الأحمر إن الزلزال دمر حوالي 12 قرية بالكامل في 3 محافظات.').map((f) => [f.value, f.topic])).toEqual([
      [12, 'villages'],
      [3, 'districts'],
    ]);
    expect(figuresOf('وأفادت السلطات بأن 15 شخصا ما زالوا محاصرين تحت الأنقاض.').map((f) => [f.value, f.topic])).toEqual([[15, 'trapped']]);
  });

  it('counts two for a container noun in the construct dual (حالتي وفاة) with the topic of the noun it holds', () => {
    const out = figuresOf('وسجلت وزارة الصحة حالتي وفاة و35 إصابة جديدة بالكوليرا خلال 24 ساعة.');
    expect(out.map((f) => [f.value, f.topic])).toEqual([
      [2, 'deaths'],
      [35, 'cases'],
    ]);
  });

  it('reads a number followed by a preposition on a place as a count of what was named before it, not of provinces', () => {
    const out = figuresOf('عنوان\nوارتفع عدد الوفيات إلى 540 بمحافظة الشمال، و210 بمحافظة الجنوب، فيما نقلت الوزارة الرعاية إلى 43 ممن أصيبوا.');
    expect(out.map((f) => [f.value, f.topic])).toEqual([
      [540, 'deaths'],
      [210, 'deaths'],
      [43, 'injuries'],
    ]);
    // A noun that only begins with those letters is counted as before.
    expect(figuresOf('عنوان\nوصل 300 لاجئ إلى الحدود.').map((f) => [f.value, f.topic])).toEqual([[300, 'refugees']]);
  });

  it('reads "killed 3 and wounded 12 others" as two counts: the word on و before a number opens the second', () => {
    const out = figuresOf('عنوان\nأسفر الانفجار عن مقتل 3 وإصابة 12 آخرين، فيما أدى الحريق لوفاة أربعة وإصابة 36 من العمال.');
    expect(out.map((f) => [f.value, f.topic])).toEqual([
      [3, 'deaths'],
      [12, 'injuries'],
      [4, 'deaths'],
      [36, 'injuries'],
    ]);
    // (Also when the second count is a bound: "وجرح أكثر من 250".)
    expect(figuresOf('عنوان\nالتي أسفرت عن مقتل 37 وجرح أكثر من 250 من المشجعين.').map((f) => [f.value, f.topic])).toEqual([
      [37, 'deaths'],
      [250, 'injuries'],
    ]);
  });

  it('counts the victims an event claimed (راح ضحيتها) as deaths, whatever the court words around them', () => {
    const out = figuresOf('عنوان\nوقضت المحكمة بسجن 9 متهمين في قضية حريق المصنع الذي راح ضحيته 31 عاملا.');
    expect(out.map((f) => [f.value, f.topic])).toEqual([
      [9, 'defendants'],
      [31, 'deaths'],
    ]);
  });

  it('gives the value a change leads to the topic of the value it changed from (an exchange rate)', () => {
    const out = figuresOf('وقال أحد التجار إن ارتفاع الدولار من 50 ليرة للدولار الواحد ليصل اليوم إلى 200 ليرة رفع الأسعار.');
    expect(out.map((f) => [f.value, f.topic])).toEqual([
      [50, 'exchange-rate'],
      [200, 'exchange-rate'],
    ]);
  });

  it('reads bare numbers after a rate stated with its unit as the same rate', () => {
    const out = figuresOf('ويتوقع أن يخفض البنك المركزي سعر الفائدة بنحو 100 نقطة أساس، ليسجل 17.75 على الإيداع و18.75 على الإقراض.');
    expect(out.map((f) => [f.value, f.topic, f.quantity])).toEqual([
      [100, 'percent', 'interest rate'],
      [17.75, 'percent', 'interest rate'],
      [18.75, 'percent', 'interest rate'],
    ]);
  });

  it('reads a dual with the article of a person noun whose plural is broken as two (اعتقال التاجرين)', () => {
    const [two] = figuresOf('وأعلنت الشرطة اعتقال التاجرين المتورطين في الحادث.');
    expect(two).toMatchObject({ value: 2, topic: 'arrests' });
    // A sound plural is no dual: "المتظاهرين" counts nobody.
    expect(figuresOf('وأعلنت الشرطة اعتقال المتظاهرين في الساحة.')).toEqual([]);
  });

  it('marks a figure whose clause tells of another incident, and only that one', () => {
    const out = figuresOf('لقي 40 شخصا حتفهم في حريق مستشفى المدينة، بعد أشهر على مصرع أكثر من 80 شخصا بحريق مماثل في العاصمة.');
    expect(out.map((f) => [f.value, !!f.otherEvent])).toEqual([
      [40, false],
      [80, true],
    ]);
  });

  it('reads the quantity of a sum only close to it: a tranche, and the programme total further on', () => {
    const out = figuresOf('وافق الصندوق على صرف شريحة جديدة بقيمة 1.2 مليار دولار، ليصل إجمالي ما حصلت عليه البلاد من البرنامج البالغة قيمته 8 مليارات دولار إلى 5.5 مليار دولار.');
    expect(out.map((f) => [f.value, f.quantity])).toEqual([
      [1.2e9, 'tranche'],
      [8e9, null],
      [5.5e9, null],
    ]);
  });

  it('counts trucks apart from cars, and prisoners by their noun only', () => {
    const convoy = figuresOf('ودخلت المدينة قافلة من 42 شاحنة تحمل مساعدات غذائية، فيما احترقت 3 سيارات في القصف.');
    expect(convoy.map((f) => [f.value, f.topic])).toEqual([
      [42, 'trucks'],
      [3, 'vehicles'],
    ]);
    const prison = figuresOf('وقال نادي الأسير إن عدد الأسرى في السجون تجاوز 9800 أسير، واعتقلت القوات 27 مواطنا بينهم طفلان وأسرى سابقون.');
    expect(prison.map((f) => [f.value, f.topic])).toEqual([
      [9800, 'prisoners'],
      [27, 'arrests'],
      [2, 'arrests'],
    ]);
  });

  it('counts an epidemic\'s cases by the container noun itself, not by the place named just before it', () => {
    const out = figuresOf('وقالت منظمة الصحة إن الولاية سجلت أكثر من 650 حالة و21 وفاة منذ مطلع الشهر بسبب الكوليرا.');
    expect(out.map((f) => [f.value, f.topic])).toEqual([
      [650, 'cases'],
      [21, 'deaths'],
    ]);
  });

  it('lets no verb after a comma govern the figure before it (استقبلنا 110 مصابين، غادر أغلبهم المستشفى)', () => {
    const out = figuresOf('وقالت مديرة المستشفى: «استقبلنا 110 مصابين، غادر أغلبهم المستشفى بعد تلقي العلاج».');
    expect(out.map((f) => [f.value, f.topic])).toEqual([[110, 'injuries']]);
  });

  it('lets no word before a number word carrying its own و govern it, and counts protesters\' suffocations as injuries', () => {
    const outbreak = figuresOf('وقالت الشبكة إن أكثر من 480 حالة إصابة بالكوليرا وسبع عشرة وفاة سجلت في الولاية خلال أسبوعين.');
    expect(outbreak.map((f) => [f.value, f.topic])).toEqual([
      [480, 'cases'],
      [17, 'deaths'],
    ]);
    const protest = figuresOf('وأضاف أن تسعة متظاهرين أصيبوا بحالات اختناق وكدمات ونقلوا إلى المستشفيات.');
    expect(protest.map((f) => [f.value, f.topic])).toEqual([[9, 'injuries']]);
  });

  it('keeps what a plant or a stadium can hold apart from the event\'s counts (طاقتها التصميمية، يتسع لـ)', () => {
    const plant = figuresOf('وأدى الحريق إلى توقف الإنتاج في المصفاة التي تبلغ طاقتها التصميمية 150 ألف برميل يوميا، فيما أنتجت الشهر الماضي 120 ألف برميل.');
    expect(plant.map((f) => [f.value, f.group])).toEqual([
      [150000, 'per day, capacity'],
      [120000, null],
    ]);
    const stadium = figuresOf('وأصيب 30 مشجعا في التدافع عند بوابات الملعب الذي يتسع لـ 40 ألف متفرج.');
    expect(stadium.map((f) => [f.value, f.group ?? null])).toEqual([
      [30, null],
      [40000, 'capacity'],
    ]);
  });

  it('marks a figure in a relative clause about an incident the sentence recalls (يعيد إلى الأذهان …، الذي أودى بحياة …)', () => {
    const out = figuresOf('ويعيد الحادث إلى الأذهان حريق قاعة الأفراح في المدينة عام 2023، الذي أودى بحياة أكثر من 100 شخص.');
    expect(out.map((f) => [f.value, !!f.otherEvent])).toEqual([[100, true]]);
  });

  it('classifies counts by the words around them and keeps the counted noun', () => {
    const out = figuresOf(
      [
        'قالت وزارة الصحة السودانية إن 45 شخصاً قتلوا وأصيب أكثر من 200 آخرين في اشتباكات الخرطوم.',
        'وأفادت الأمم المتحدة بأن نحو 12 ألف لاجئ عبروا الحدود إلى تشاد خلال أسبوع.',
        'وأعلنت الشرطة اعتقال 37 مشتبهاً بهم.',
      ].join('\n\n'),
    );
    const brief = out.map((f) => [f.value, f.topic, f.approx]);
    expect(brief).toEqual([
      [45, 'deaths', false],
      [200, 'injuries', true],
      [12000, 'refugees', true],
      [37, 'arrests', false],
    ]);
    expect(out[0]!.speaker).toBe('وزارة الصحة السودانية');
    expect(out[2]!.unit).toBe('لاجئ');
  });

  it('separates security forces from the overall toll', () => {
    const [police, total] = figuresOf('قتل 3 من عناصر الشرطة و20 مدنياً على الأقل في الهجوم، بحسب مصادر طبية.\n\nوارتفعت حصيلة القتلى إلى 52 شخصاً.').filter((f) => f.topic === 'deaths');
    expect(police).toMatchObject({ value: 3, group: 'security forces' });
    expect(total).toBeDefined();
  });

  it('flags figures the text says were withdrawn or denied', () => {
    const [f] = figuresOf('ونفت الوزارة ما تداولته وسائل إعلام عن مقتل 300 شخص في المدينة.');
    expect(f).toMatchObject({ value: 300, topic: 'deaths', withdrawn: true });
  });

  it('ignores dates, years, ages and durations, and reads duals of counted nouns', () => {
    const out = figuresOf('في 3 مارس 2021، وبعد حصار دام 40 يوماً، قتل جنديان وأصيب رجل يبلغ من العمر 60 عاماً.');
    expect(out.map((f) => [f.value, f.topic])).toEqual([[2, 'deaths']]);
  });

  it('takes who says so from the statement, else from an "according to" phrase', () => {
    const [byBody] = figuresOf('وتجاوز عدد المعتقلين 1500 شخص بحسب منظمة العفو الدولية.');
    expect(byBody).toMatchObject({ value: 1500, topic: 'arrests', speaker: 'منظمة العفو الدولية' });
    const [byFigures] = figuresOf('وتجاوز عدد المعتقلين 1500 شخص بحسب أرقام رسمية.');
    expect(byFigures).toMatchObject({ value: 1500, topic: 'arrests', speakerKey: null, attribution: 'أرقام رسمية' });
  });
});

describe('figure topics beyond the conflict lexicon', () => {
  const brief = (text: string) => figuresOf(text).map((f) => [f.value, f.topic]);

  it('reads إصابة as a case in an epidemic and as an injury in a clash', () => {
    expect(brief('أعلنت وزارة الصحة تسجيل 239 إصابة جديدة بالكوليرا في العاصمة.')).toEqual([[239, 'cases']]);
    expect(brief('أسفرت المواجهات بين الطرفين عن 12 إصابة في صفوف المحتجين.')).toEqual([[12, 'injuries']]);
    // In an epidemic's article, a clash or an accident in the figure's own sentence still makes it an injury.
    expect(brief('وسجلت الصحة 300 إصابة جديدة بالكوليرا. وأعلن الجيش إصابة 15 جندياً في اشتباكات مع مسلحين.')).toEqual([
      [300, 'cases'],
      [15, 'injuries'],
    ]);
    expect(brief('وسجلت الصحة 300 إصابة جديدة بالكوليرا. وقتل اثنا عشر جندياً وأصيب أحد عشر آخرون.')).toEqual([
      [300, 'cases'],
      [12, 'deaths'],
      [11, 'injuries'],
    ]);
    expect(brief('وسجلت الوزارة 14 حالة وفاة جديدة بفيروس كورونا و730 حالة شفاء.')).toEqual([
      [14, 'deaths'],
      [730, 'recoveries'],
    ]);
  });

  it('takes the topic from the verb that governs the number, not the nearest noun', () => {
    expect(brief('وأصيب 5 أشخاص في المواجهات، وضبط 19 آخرين.')).toEqual([
      [5, 'injuries'],
      [19, 'arrests'],
    ]);
    // Referred to trial: the accused are a trial's defendants, not a count of arrests.
    expect(brief('وأحالت النيابة 267 متهمًا إلى المحاكمة.')).toEqual([[267, 'defendants']]);
    expect(brief('توفي مساء الأربعاء نحو 80 شخصا وأصيب 60 آخرون في التدافع.')).toEqual([
      [80, 'deaths'],
      [60, 'injuries'],
    ]);
    expect(brief('وأسفر الحريق عن 52 قتيلاً و22 جريحا.')).toEqual([
      [52, 'deaths'],
      [22, 'injuries'],
    ]);
  });

  it('gives a noun the lexicon does not know an open topic of its own', () => {
    expect(brief('ونظم المتظاهرون وقفات احتجاجية في 9 مراكز إقليمية.')).toEqual([[9, 'مراكز']]);
    const [houses] = figuresOf('وجرفت السيول 1.6 مليون منزل و246 جسرا.');
    expect(houses).toMatchObject({ value: 1.6e6, topic: 'buildings', noun: 'منزل' });
  });

  it('reads a bare number by the noun before it', () => {
    expect(brief('وقالت الهيئة إن إجمالي عدد القتلى جراء الأمطار ارتفع إلى 1136')).toEqual([[1136, 'deaths']]);
  });

  it('counts killed and wounded together as casualties', () => {
    expect(brief('وأسفر القصف عن أكثر من ألف شهيد وجريح.')).toEqual([[1000, 'casualties']]);
    // Named by two cues joined by و before the number, or by the phrase after the counted people.
    expect(brief('وأسفر الحريق عن مصرع وإصابة أكثر من 200 شخص.')).toEqual([[200, 'casualties']]);
    expect(brief('قُتل وأصيب أكثر من 450 شخصا في حريق القاعة.')).toEqual([[450, 'casualties']]);
    expect(brief('وأفادت الوزارة بأن 43 شخصاً سقطوا بين قتيل وجريح.')).toEqual([[43, 'casualties']]);
    // Each count keeps its own cue: the verb after the first count is that count's.
    expect(brief('وقالت الوزارة إن 45 شخصاً قتلوا وأصيب أكثر من 200 آخرين.')).toEqual([[45, 'deaths'], [200, 'injuries']]);
  });

  it('reads one dot before three digits as a thousands separator when people are counted, never in a price', () => {
    expect(figuresOf('وبلغ عدد النازحين داخليا 718.998 شخصا منذ بداية النزاع.').map((f) => f.value)).toEqual([718998]);
    expect(figuresOf('وارتفع سعر الدولار إلى 48.750 جنيه في البنوك.').map((f) => f.value)).toEqual([48.75]);
  });

  it('reads arrests of dealers by the arresting verb, and never a joint force (مفارز مشتركة) as subscribers', () => {
    expect(brief('وأوقفت مفارز مشتركة 41 تاجر مخدرات خلال الأسبوع الماضي.')).toEqual([[41, 'arrests']]);
  });

  it('counts people named by a sound plural in construct (من متطوعي الجمعية) by what happened to them', () => {
    expect(brief('وقال إن ثلاثة من متطوعي الجمعية لقوا حتفهم أثناء عمليات الإنقاذ.')).toEqual([[3, 'deaths']]);
  });

  it('keeps units, currencies and measured quantities as fields', () => {
    const [money] = figuresOf('وخصصت الحكومة 3 مليارات دولار لدعم الوقود.');
    expect(money).toMatchObject({ value: 3e9, topic: 'money', measure: 'money', currency: 'USD', quantity: 'subsidies', noun: 'دولار' });
    const [rate] = figuresOf('وتراجع سعر الصرف في السوق الموازية إلى 1450 دينارا للدولار.');
    expect(rate).toMatchObject({ value: 1450, topic: 'exchange-rate', currency: 'DINAR' });
    // The rate named before the amount: "سعر صرف الدولار … 48.5 جنيه" is a rate, not a sum.
    const [before] = figuresOf('وارتفع سعر صرف الدولار إلى 48.5 جنيه في البنوك.');
    expect(before).toMatchObject({ value: 48.5, topic: 'exchange-rate', currency: 'EGP' });
    const [inflation] = figuresOf('وارتفع معدل التضخم السنوي إلى 7،5 % في يوليو.');
    expect(inflation).toMatchObject({ value: 7.5, topic: 'percent', measure: 'percent', quantity: 'inflation', unit: '%' });
    const [points] = figuresOf('ورفع البنك المركزي سعر الفائدة ربع نقطة مئوية.');
    expect(points).toMatchObject({ value: 0.25, topic: 'percent', measure: 'percentage-points', quantity: 'interest rate' });
    // A share's base (من الناتج المحلي) is not what the share measures.
    const [debt] = figuresOf('وتعهد الوزير بخفض الدين العام إلى 85% من الناتج المحلي خلال ثلاث سنوات.');
    expect(debt).toMatchObject({ value: 85, topic: 'percent', quantity: 'debt' });
    const [growth] = figuresOf('وسجل الناتج المحلي نموا بنسبة 4% في الربع الثالث.');
    expect(growth).toMatchObject({ value: 4, topic: 'percent', quantity: 'growth' });
  });

  it('gives ranges and bounds their interval', () => {
    const [low, high] = figuresOf('وقدرت الاستخبارات أن ما بين 100 و300 شخص قتلوا في الانفجار.');
    expect(low).toMatchObject({ value: 100, bound: 'range', low: 100, high: 300, topic: 'deaths' });
    expect(high).toMatchObject({ value: 300, bound: 'range', low: 100, high: 300, topic: 'deaths' });
    const [more] = figuresOf('وقتل أكثر من 160 شخصا في الاشتباكات.');
    expect(more).toMatchObject({ bound: 'min', low: 160, high: null, direction: 'more' });
  });

  it('takes a figure’s source from its own sentence only', () => {
    const [told, bare] = figuresOf('وقتل 5 أشخاص وفقاً لمصادر طبية.\n\nوأصيب 7 آخرون في المدينة.');
    // Said by the medical sources: as the statement's speaker ("وفقاً لـ" is a trailing attribution) or its phrase.
    expect(told).toMatchObject({ value: 5 });
    expect(told!.speaker ?? told!.attribution).toBe('مصادر طبية');
    expect(bare).toMatchObject({ value: 7, attribution: null, speakerKey: null });
  });

  it('does not count dates, ages, scores, temperatures, distances or page numbers', () => {
    const out = figuresOf('وفي 3 مارس 2021 فاز الفريق بنتيجة 3-1 وبلغت الحرارة 45 درجة مئوية على بعد 20 كيلومترا، كما ورد في الصفحة 5.');
    expect(out).toEqual([]);
  });
});

describe('duals', () => {
  it('reads a dual noun as two of it, by its broken plural or by its written vowels', () => {
    const out = figuresOf('واحتجزت البحرية سفينتين وقتلت مسلحَين قرب الساحل، فيما قتل جنديين.').map((f) => [f.value, f.topic, f.noun]);
    expect(out).toEqual([
      [2, 'ships', 'سفينتين'],
      [2, 'deaths', 'مسلحَين'],
      [2, 'deaths', 'جنديين'],
    ]);
    // Without vowels, مسلحين is the plural (gunmen), not two.
    expect(figuresOf('وقتلت القوات المسلحين في المنطقة.')).toEqual([]);
  });
});

describe('counted nouns the lexicon must not over-read', () => {
  it('reads a sack as a container: the noun after it decides (flour is not remains)', () => {
    const [flour] = figuresOf('ووزعت الجمعية 500 كيس طحين على العائلات في المخيم.');
    expect(flour?.topic).not.toBe('remains');
    const [remains] = figuresOf('وانتشلت فرق الدفاع المدني 3 أكياس أشلاء من تحت الأنقاض.');
    expect(remains?.topic).toBe('remains');
  });

  it('does not read a population count as people affected', () => {
    const out = figuresOf('ويبلغ عدد سكان مصر نحو 105 ملايين نسمة.');
    expect(out.map((f) => f.topic)).not.toContain('affected');
    expect(figuresOf('وتضرر أكثر من 30 ألف نسمة من الفيضانات.')[0]?.topic).toBe('affected');
  });

  it('counts people by any nationality noun of entities.json, and not by a word merely ending like one', () => {
    expect(figuresOf('وقتل 4 لبنانيين في الغارة.')[0]?.topic).toBe('deaths');
    // Occupations spelled like nationality nouns are people nouns of figure-cues.json.
    expect(figuresOf('وقالت النقابة إن 45 صحفيا قتلوا منذ بداية الحرب.')[0]?.topic).toBe('deaths');
    expect(figuresOf('وأصيب تونسي واحد و3 ليبيين في الحادث.').map((f) => f.topic)).toEqual(['injuries', 'injuries']);
    const cases = figuresOf('وبعد اعتقال المتهمين نظرت المحكمة في 12 قضايا.\n\nوبعد اعتقال المصابين أجرى المستشفى 7 عمليات جراحية.');
    // Counted things of their own, not arrested people.
    expect(cases.map((f) => f.value)).toEqual([12, 7]);
    expect(cases.map((f) => f.topic)).not.toContain('arrests');
  });

  it('gives a count joined by و to the one before it the verb both share, unless it names its own event', () => {
    const read = (text: string) => figuresOf(text).map((f) => [f.value, f.topic, f.group]);
    expect(read('وأسفر الهجوم عن استشهاد ستة من رجال الأمن ومواطنَين اثنين وإصابة عشرة آخرين.')).toEqual([
      [6, 'deaths', 'security forces'],
      [2, 'deaths', null],
      [10, 'injuries', null],
    ]);
    // A qualifier of the first count may stand between them.
    expect(read('قتل خمسة عناصر على الأقل من القوات الحكومية وثلاثة مدنيين الثلاثاء في هجوم نفذه مسلحون.')).toEqual([
      [5, 'deaths', 'security forces'],
      [3, 'deaths', 'civilians'],
    ]);
    // Its own noun or verb takes it back.
    expect(read('قتل 12 قتيلاً و30 جريحاً في القصف.').map((x) => x[1])).toEqual(['deaths', 'injuries']);
    expect(read('قتل 5 جنود و3 آخرون أصيبوا بجروح.').map((x) => x[1])).toEqual(['deaths', 'injuries']);
  });

  it('reads a count after بينهم or before منهم as a part of the count before it, in that count\u2019s topic', () => {
    const read = (text: string) => figuresOf(text).map((f) => [f.value, f.topic, f.group]);
    expect(read('لقي 11 شخصا مصرعهم، بينهم 5 أطفال، في انهيار مبنى سكني.')).toEqual([
      [11, 'deaths', null],
      [5, 'deaths', 'among them: أطفال'],
    ]);
    // A part counted by a container noun is of the whole's kind, in an accident as in an epidemic.
    expect(read('وأصيب 20 شخصا في الحادث، بينهم 4 حالات حرجة.').map(([v, t]) => [v, t])).toEqual([
      [20, 'injuries'],
      [4, 'injuries'],
    ]);
    expect(read('وسجلت الوزارة 120 إصابة بالكوليرا، بينها 5 حالات حرجة.').map(([v, t]) => [v, t])).toEqual([
      [120, 'cases'],
      [5, 'cases'],
    ]);
    expect(read('وأصيب 12 آخرون حالة 3 منهم حرجة.')).toEqual([
      [12, 'injuries', null],
      [3, 'injuries', 'among them: حرجة'],
    ]);
    // A noun naming its own event is no part of another topic's count.
    expect(read('ارتفع إجمالي الإصابات بالكوليرا إلى 900، بينها 40 وفاة.').at(-1)).toEqual([40, 'deaths', null]);
    // Killed and wounded by the dozen: no one count is the whole.
    expect(read('سقط عشرات القتلى ومئات الجرحى، بينهم 18 عنصراً من قوات الأمن.').at(-1)?.[2]).not.toMatch(/among/);
  });

  it('counts the rescued by the verb that saves them, not by the rescue teams that find the dead', () => {
    expect(figuresOf('وأنقذ خفر السواحل 14 مهاجرا قبالة السواحل.')[0]?.topic).toBe('rescued');
    expect(figuresOf('وانتشلت فرق الإنقاذ 30 جثة من تحت الأنقاض.')[0]?.topic).toBe('deaths');
  });

  it('keeps a rate (يوميا، سنويا) apart from a total, so a daily figure is never compared with a monthly one', () => {
    const read = (text: string) => figuresOf(text).map((f) => [f.value, f.group]);
    expect(read('وتلتزم الحكومة بتزويد الجارة بعشرة آلاف برميل من النفط الخام يوميا.')).toEqual([[10000, 'per day']]);
    expect(read('وبلغت الصادرات الشهرية 103 ملايين برميل.')).toEqual([[103000000, null]]);
  });

  it('counts families by what happened to them (evacuated, displaced, affected), else as families', () => {
    const topic = (text: string) => figuresOf(text)[0]?.topic;
    expect(topic('وتم إجلاء نحو 400 عائلة من المناطق المهددة.')).toBe('displaced');
    expect(topic('وتضررت 640 أسرة جراء السيول.')).toBe('affected');
    expect(topic('ووزعت الجمعية المساعدات على 300 أسرة فقيرة.')).toBe('families');
  });

  it('reads infection cases in a report of any named epidemic disease', () => {
    expect(figuresOf('سجلت مديرية الصحة 430 حالة إصابة بحمى الضنك منذ بداية الشهر.')[0]?.topic).toBe('cases');
    expect(figuresOf('وأعلنت الوزارة رصد 55 إصابة جديدة بالإنفلونزا الموسمية.')[0]?.topic).toBe('cases');
  });

  it('reads a coma as no injury cue of its own, and killed and wounded counted together as casualties', () => {
    expect(figuresOf('وأعلنت وزارة الصحة تسجيل 64 حالة إصابة ووفاة بالحمى.')[0]?.topic).toBe('casualties');
    expect(figuresOf('ودخل 5 أشخاص في غيبوبة بعد الحادث.').map((f) => f.topic)).not.toContain('injuries');
  });
  it('reads the hurt of a fire or a flood as injuries though a health report mentions suffocation, and a dust storm\u2019s as cases', () => {
    const topics = (text: string) => figuresOf(text).map((f) => [f.value, f.topic]);
    expect(topics('وقالت وزارة الصحة إن الحرائق أسفرت عن وفاة مدنيين اثنين وإصابة 27 شخصا بحالات اختناق وحروق.')).toEqual([
      [2, 'deaths'],
      [27, 'injuries'],
    ]);
    // The article speaks of an epidemic too, yet the flood's toll counts the hurt.
    const flood = 'وحذرت الوزارة من تفشي الكوليرا في مراكز الإيواء.\nوأعلنت الوزارة ارتفاع عدد الوفيات جراء السيول إلى 31 حالة، إلى جانب 47 إصابة.';
    expect(topics(flood)).toContainEqual([47, 'injuries']);
    expect(topics('وارتفعت حالات الاختناق جراء العاصفة الترابية إلى أكثر من 2300 حالة.')).toContainEqual([2300, 'cases']);
  });

  it('counts ambulances by the noun after سيارة, and vehicles alone as vehicles', () => {
    const topics = (text: string) => figuresOf(text).map((f) => [f.value, f.topic]);
    expect(topics('ودفعت وزارة الصحة بـ14 سيارة إسعاف إلى موقع الحادث.')).toEqual([[14, 'ambulances']]);
    expect(topics('واحترقت 5 سيارات في الموقف.')).toEqual([[5, 'vehicles']]);
  });

  it('counts seized pills as drugs, not arrests, and a court\u2019s defendants apart from those arrested', () => {
    const topics = (text: string) => figuresOf(text).map((f) => [f.value, f.topic]);
    expect(topics('وألقت الشرطة القبض على 37 متهماً بتجارة المخدرات وضبطت 1.2 مليون حبة كبتاغون.')).toEqual([
      [37, 'arrests'],
      [1_200_000, 'drugs'],
    ]);
    expect(topics('قضت محكمة الجنايات بسجن 8 متهمين خمس سنوات بعد إدانتهم بالاحتيال.')).toContainEqual([8, 'defendants']);
    expect(topics('كما قضت المحكمة ببراءة ثلاثة متهمين آخرين لعدم كفاية الأدلة.')).toEqual([[3, 'defendants']]);
  });

  it('counts a weight or volume as the material it measures (drugs, supplies, fuel, oil), and barrels alone as oil', () => {
    const topics = (text: string) => figuresOf(text).map((f) => [f.value, f.topic]);
    expect(topics('وضبطت الجمارك 4200 كيلوغرام من الحشيش و48 كيلو جراماً من الكوكايين في الميناء.')).toEqual([
      [4200, 'drugs'],
      [48, 'drugs'],
    ]);
    expect(topics('وأرسلت الوزارة 12 طناً من الأدوية إلى مستشفيات المحافظة.')).toEqual([[12, 'supplies']]);
    expect(topics('ووزعت الشركة 66 ألف طن من الوقود على محطات الكهرباء.')).toEqual([[66_000, 'fuel']]);
    expect(topics('وارتفع إنتاج الحقل إلى 3.3 مليون برميل يوميا.')).toEqual([[3_300_000, 'oil']]);
    // No material named: the measure's own topic.
    expect(topics('ونقلت السفينة 500 طن إلى الميناء.')).toEqual([[500, 'tonnes']]);
  });

  it('counts two for the dual of a noun that counts people, once for a dual noun and its dual adjective, never for Taliban', () => {
    const out = (text: string) => figuresOf(text).map((f) => [f.value, f.topic, f.group]);
    expect(out('وقتل في انهيار المبنى ثلاثة أشخاص بينهم امرأتان.')).toEqual([
      [3, 'deaths', null],
      [2, 'deaths', 'among them: امرأتان'],
    ]);
    expect(out('وأوقفت الشرطة مواطنان أجنبيان في المطار.')).toEqual([[2, 'arrests', null]]);
    expect(out('وانهار عقارين ملاصقين في الحي القديم.')).toEqual([[2, 'buildings', null]]);
    // مواطنين is the plural as often as the dual: no count.
    expect(out('وأعربت حركة طالبان عن قلقها على مواطنين في الخارج.')).toEqual([]);
  });

  it('counts those a boat or a bus carried as passengers, not as the toll of its sinking', () => {
    const topics = (text: string) => figuresOf(text).map((f) => [f.value, f.topic]);
    expect(topics('وكان المركب يقل 52 شخصا عندما غرق قبالة السواحل.')).toEqual([[52, 'passengers']]);
    expect(topics('وكان على متن القارب نحو 130 مهاجرا، لقي 40 منهم حتفهم.')).toEqual([
      [130, 'passengers'],
      [40, 'deaths'],
    ]);
    // "ما لا يقل عن" is a bound, not the verb "carry".
    expect(topics('ولقي ما لا يقل عن 40 شخصا حتفهم في الغرق.')).toEqual([[40, 'deaths']]);
  });

  it('names the counts of sport, fairs and festivals in English (medals, visitors, publishers, films), seats apart from votes', () => {
    const topics = (text: string) => figuresOf(text).map((f) => [f.value, f.topic]);
    expect(topics('وأنهى المنتخب البطولة بـ11 ميدالية بينها 4 ذهبيات.')).toEqual([
      [11, 'medals'],
      [4, 'medals'],
    ]);
    expect(topics('واستقبل المعرض أكثر من 1.3 مليون زائر، وشاركت فيه 2000 دار نشر، وعرض المهرجان 220 فيلما.')).toEqual([
      [1_300_000, 'visitors'],
      [2000, 'publishers'],
      [220, 'films'],
    ]);
    expect(topics('وحصل الحزب على 19 مقعدا بعد فرز 80 ألف صوت.')).toEqual([
      [19, 'seats'],
      [80_000, 'votes'],
    ]);
    // A people noun names who was counted, not what happened to them: the drowned are deaths.
    expect(topics('وغرق 27 مهاجرا قبالة مدينة زوارة، بينهم ثلاث نساء وطفلان.').map(([, t]) => t)).toEqual(['deaths', 'deaths', 'deaths']);
  });

  it('says what a fine or a deal\'s sum measures, so only fines are compared with fines and fees with fees', () => {
    const measured = (text: string) => figuresOf(text).map((f) => [f.value, f.quantity, f.currency]);
    expect(measured('وقضت المحكمة بسجن المتهمين مع خطية مالية قدرها 20 ألف دينار لكل واحد منهم.')).toContainEqual([20_000, 'fine', 'DINAR']);
    expect(measured('وأعلن النادي انتقال لاعبه إلى الدوري السعودي في صفقة قدرت قيمتها بـ8 ملايين يورو.')).toEqual([[8_000_000, 'deal', 'EUR']]);
    expect(measured('وأعلنت القمة تعهدات مالية بلغت 3 مليارات دولار لصندوق الإعمار، بمشاركة 57 دولة.')).toContainEqual([3e9, 'pledges', 'USD']);
  });

  it('counts the rescued by a bare إنقاذ before the number, never by the rescue teams (فرق الإنقاذ), and splits doses, jobs, workers, power and fires', () => {
    const topics = (text: string) => figuresOf(text).map((f) => [f.value, f.topic]);
    expect(topics('وتمكن خفر السواحل من إنقاذ 23 مهاجرا قبالة السواحل.')).toEqual([[23, 'rescued']]);
    expect(topics('وأعلنت فرق الإنقاذ انتشال 30 جثة من تحت الأنقاض.')).toEqual([[30, 'deaths']]);
    expect(topics('ووصل 150 لاجئا إلى المخيم.')).toEqual([[150, 'refugees']]);
    expect(topics('وتم توزيع 1.2 مليون جرعة من اللقاح على 40 مركزا.')).toContainEqual([1_200_000, 'doses']);
    expect(topics('وأضرب نحو 7000 عامل عن العمل، فيما ستوفر الحكومة 30 ألف فرصة عمل.')).toEqual([
      [7000, 'workers'],
      [30_000, 'jobs'],
    ]);
    expect(topics('وأفرجت الحركة عن 33 رهينة، ورصدت البعثة 812 مخالفة، وضبطت القوات 6 أحزمة ناسفة.')).toEqual([
      [33, 'hostages'],
      [812, 'violations'],
      [6, 'explosives'],
    ]);
    // Nouns no topic lists take an English open topic where the lexicon names one.
    expect(topics('وسجل الفريق 25 نقطة في الدوري، وشاركت 57 دولة في القمة.')).toEqual([
      [25, 'points'],
      [57, 'countries'],
    ]);
    expect(topics('وتنتج المحطة 500 ميغاواط، وأخمدت فرق الدفاع المدني 12 حريقا.')).toEqual([
      [500, 'power'],
      [12, 'fires'],
    ]);
  });

  it('reads an amount as an exchange rate when another currency before it is what it prices, not when a number counts that currency', () => {
    const topics = (text: string) => figuresOf(text).map((f) => [f.value, f.topic]);
    expect(topics('وقفز الأورو إلى 262 ديناراً في السوق الموازية.')).toEqual([[262, 'exchange-rate']]);
    expect(topics('وبلغ سعر المئة دولار 148 ألفاً و500 دينار في بورصة بغداد.')).toEqual([[148_500, 'exchange-rate']]);
    expect(topics('وحصلت الحكومة على قرض بقيمة 3 مليارات دولار، أي ما يعادل 150 مليار جنيه.')).toEqual([
      [3e9, 'money'],
      [150e9, 'money'],
    ]);
    expect(topics('وتوقع الوزير عجزا بتسعة مليارات ونصف المليار دينار، أي ما يعادل 31 مليار دولار.').map(([, t]) => t)).toEqual(['money', 'money']);
  });

  it('counts the accused of a trial as defendants, and as arrests where the police or a prosecutor holds them', () => {
    const topics = (text: string) => figuresOf(text).map((f) => [f.value, f.topic]);
    expect(topics('وشملت القضية 14 متهما بينهم حكام ولاعبون.')).toEqual([
      [14, 'defendants'],
    ]);
    expect(topics('وألقت الشرطة القبض على 37 متهماً في المدينة.')).toEqual([[37, 'arrests']]);
    expect(topics('وأمرت النيابة العامة بحبس 35 متهما احتياطيا على ذمة القضية.')).toEqual([[35, 'arrests']]);
  });

  it('reads a definite cardinal after its definite noun as a count of it (المفقودين الخمسة), never a weekday', () => {
    const topics = (text: string) => figuresOf(text).map((f) => [f.value, f.topic]);
    expect(topics('وأحيل الموقوفين الاثنين إلى النيابة العامة.')).toEqual([[2, 'arrests']]);
    expect(topics('وروى الناجون الأحد عشر تفاصيل الساعات الأخيرة قبل الغرق.')).toEqual([[11, 'rescued']]);
    expect(topics('وعقد الاجتماع يوم الاثنين بعد الأيام الثلاثة من المشاورات.')).toEqual([]);
  });
});

describe('figure-cues.json under the lexicons\u2019 one error policy', () => {
  it('stops with a LexiconError naming the file on a broken file, instead of falling back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hb-figure-cues-'));
    writeFileSync(join(dir, 'figure-cues.json'), '{"people": [');
    expect(() => loadFigureCues(dir)).toThrow(LexiconError);
    const typed = mkdtempSync(join(tmpdir(), 'hb-figure-cues-'));
    writeFileSync(join(typed, 'figure-cues.json'), '{"people": "شخص"}');
    expect(() => loadFigureCues(typed)).toThrow(/figure-cues\.json: people/);
  });
});
