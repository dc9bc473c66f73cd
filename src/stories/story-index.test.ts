import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { Desk } from '../desk/desk.ts';
import { articleProfile, loadFunctionWords, type ArticleProfile } from './features.ts';
import { loadPlaces } from './places.ts';
import { extractStatements } from '../extract/quotes.ts';
import { SpeakerDirectory } from '../extract/speakers.ts';
import { STORY_OPTIONS, StoryIndex, placeAgreement, placeSides, sortHeaviestFirst } from './story-index.ts';

const article = (file: string, text: string) => parseArticle(file, `/tmp/${file}`, text);

const FIRE_1 =
  'حريق في مستشفى الأمل بمدينة الزرقاء\nاندلع حريق فجر اليوم في مستشفى الأمل بمدينة الزرقاء، ما أدى إلى وفاة 12 مريضا وإصابة 20 آخرين، وفق الدفاع المدني. وقال مدير المستشفى إن النيران انطلقت من غرفة الأكسجين في قسم العناية المركزة.';
const FIRE_2 =
  'ارتفاع ضحايا حريق مستشفى الأمل في الزرقاء\nارتفعت حصيلة ضحايا حريق مستشفى الأمل في الزرقاء إلى 15 وفاة، بحسب الدفاع المدني. وأوضح الدفاع المدني أن الحريق بدأ في غرفة الأكسجين بقسم العناية المركزة.';
const FIRE_3 = 'تشييع ضحايا حريق مستشفى الأمل\nشيع أهالي الزرقاء ضحايا حريق مستشفى الأمل، فيما فتح الدفاع المدني تحقيقا في انطلاق النيران من غرفة الأكسجين.';
const FLOOD_1 =
  'فيضانات تغمر قرى محافظة الوادي الأخضر\nغمرت السيول عشرات القرى في محافظة الوادي الأخضر بعد أمطار غزيرة، وأعلنت هيئة الأرصاد استمرار الأمطار ثلاثة أيام. وجرفت المياه الجسور والطرق الزراعية.';
const FLOOD_2 =
  'السيول تجرف جسور محافظة الوادي الأخضر\nجرفت السيول ثلاثة جسور في محافظة الوادي الأخضر، وقالت هيئة الأرصاد إن الأمطار الغزيرة ستستمر. وغمرت المياه القرى والطرق الزراعية.';
const RATES = 'البنك المركزي يرفع أسعار الفائدة\nقرر البنك المركزي رفع أسعار الفائدة بمقدار نصف نقطة مئوية لمواجهة التضخم، وقال المحافظ إن القرار يهدف إلى حماية العملة.';

function newsDesk(): Desk {
  const desk = new Desk();
  desk.addArticle(article('201_a.txt', FIRE_1));
  desk.addArticle(article('202_b.txt', FLOOD_1));
  desk.addArticle(article('203_c.txt', FIRE_2));
  desk.addArticle(article('204_d.txt', RATES));
  desk.addArticle(article('205_e.txt', FLOOD_2));
  return desk;
}

describe('story grouping on the desk', () => {
  it('puts two reports of one fire in one story, the floods in another and a rate decision alone', () => {
    const desk = newsDesk();
    expect(desk.storyOf('203')).toBe(desk.storyOf('201'));
    expect(desk.storyOf('205')).toBe(desk.storyOf('202'));
    expect(desk.storyOf('201')).not.toBe(desk.storyOf('202'));
    expect(new Set(['201', '202', '204'].map((id) => desk.storyOf(id))).size).toBe(3);
    expect(desk.storyList().map((s) => s.articles.length).sort()).toEqual([1, 2, 2]);
  });

  it('lets cities say where when they are most of both sides’ places, and countries when a city is named in passing', () => {
    const countries = new Set(['g:israel', 'g:saudi_arabia']);
    const unit = (entries: Array<[string, number]>) => {
      const norm = Math.sqrt(entries.reduce((sum, [, v]) => sum + v * v, 0));
      return new Map(entries.map(([k, v]) => [k, v / norm]));
    };
    const agreement = (article: Array<[string, number]>, story: Array<[string, number]>) =>
      placeAgreement(placeSides(unit(article)), { places: unit(story) } as unknown as Parameters<typeof placeAgreement>[1], { ...STORY_OPTIONS, countryPlaces: countries })!;
    // Jerusalem and Jaffa, Israel on both sides: elsewhere.
    expect(agreement([['g:jaffa', 3], ['g:tel_aviv', 2], ['g:israel', 3]], [['g:jerusalem', 4], ['g:israel', 3]]).cosine).toBeLessThan(STORY_OPTIONS.placeAgreement);
    // A Hajj report naming Tel Aviv once among Saudi Arabia: the country agrees.
    expect(agreement([['g:saudi_arabia', 7], ['g:tel_aviv', 1]], [['g:saudi_arabia', 3], ['g:mecca', 3]]).cosine).toBeGreaterThan(STORY_OPTIONS.placeAgreement);
  });

  it('keeps apart two reports naming no place that share only generic word pairs, and says when towns named on both sides differ', () => {
    const desk = new Desk();
    desk.addArticle(article('221_a.txt', 'إعلان نتائج امتحانات الشهادة الثانوية\nأعلن وزير التربية أحمد الصالح نتائج امتحانات الشهادة الثانوية، وبلغت نسبة النجاح 54 بالمئة، وقال الصالح إن نسبة النجاح ارتفعت بفضل الدروس الإضافية في المدارس الريفية.'));
    desk.addArticle(article('222_b.txt', 'نتائج البكالوريا في الدورة العادية\nكشف وزير التعليم سالم العمري نتائج البكالوريا في الدورة العادية، إذ بلغت نسبة النجاح 61 بالمئة، وأشاد العمري بالأساتذة الذين أشرفوا على الامتحانات في ظروف صعبة.'));
    expect(desk.storyOf('222')).not.toBe(desk.storyOf('221'));
    const unit = (entries: Array<[string, number]>) => new Map(entries.map(([k, v]) => [k, v / Math.sqrt(entries.reduce((sum, [, x]) => sum + x * x, 0))]));
    const where = placeAgreement(placeSides(unit([['g:cairo', 1], ['g:~مطريه', 1]])), { places: unit([['g:cairo', 1], ['g:~امبابه', 1]]) } as unknown as Parameters<typeof placeAgreement>[1], { ...STORY_OPTIONS, countryPlaces: new Set(['g:egypt']) })!;
    expect(where.townsDiffer).toBe(true);
    // A city-wide heatwave: both name Karachi, and a hospital named once in passing is no other place.
    const passing = placeAgreement(placeSides(unit([['g:karachi', 4], ['g:~جناح', 1]])), { places: unit([['g:karachi', 3], ['g:~نسيم', 1]]) } as unknown as Parameters<typeof placeAgreement>[1], { ...STORY_OPTIONS, countryPlaces: new Set(['g:pakistan']) })!;
    expect(passing.townsDiffer).toBe(false);
  });

  it('places an added article in its story without moving the others, and a removed one leaves it', () => {
    const desk = newsDesk();
    const before = new Map(desk.articles().map((a) => [a.id, desk.storyOf(a.id)]));
    desk.addArticle(article('206_f.txt', FIRE_3));
    expect(desk.storyOf('206')).toBe(desk.storyOf('201'));
    for (const [id, story] of before) expect(desk.storyOf(id)).toBe(story);
    const fire = desk.storyOf('201')!;
    desk.removeArticle('201');
    expect(desk.storyOf('201')).toBeUndefined();
    expect(desk.story(fire)?.articles.map((a) => a.id).sort()).toEqual(['203', '206']);
    desk.removeArticle('204');
    expect(desk.storyList()).toHaveLength(2);
  });

  it('labels a story with its key words in Arabic and English', () => {
    const desk = newsDesk();
    const label = desk.storyLabel(desk.storyOf('201')!);
    expect(label.ar).toMatch(/الأمل|الزرقاء|حريق|مستشفى/);
    expect(label.en).toMatch(/[a-z]/i);
    expect(label.en).not.toMatch(/[\u0600-\u06FF]/);
  });

  it('labels a story by the news words of its headlines, in English where the lexicon translates them', () => {
    const desk = newsDesk();
    const fire = desk.storyLabel(desk.storyOf('201')!);
    expect(fire.ar.split(' · ')).toContain('حريق');
    expect(fire.en.split(' · ')).toEqual(expect.arrayContaining(['fire']));
    const floods = desk.storyLabel(desk.storyOf('202')!);
    expect(floods.en).toMatch(/floods/);
    // A word the label already shows as the place or person is not repeated as a key word.
    const words = fire.ar.split(' · ').flatMap((part) => part.split(' '));
    expect(new Set(words).size).toBe(words.length);
  });

  it('keeps apart two protests that share only a generic ministry and the words of any protest', () => {
    const desk = newsDesk();
    // On a real desk the interior ministry and the police speak in many stories.
    desk.addArticle(article('211_k.txt', 'حملة مرورية في العاصمة\nأعلنت وزارة الداخلية إطلاق حملة مرورية لضبط المخالفات في شوارع العاصمة، وقال مدير المرور إن قوات الأمن حررت مئات المخالفات.'));
    desk.addArticle(article('212_l.txt', 'جوازات سفر إلكترونية\nقالت وزارة الداخلية إنها ستبدأ إصدار جوازات السفر الإلكترونية الشهر المقبل في جميع المحافظات.'));
    desk.addArticle(article('213_m.txt', 'ضبط شبكة تهريب\nأعلنت وزارة الداخلية ضبط شبكة لتهريب المخدرات، وقالت إن قوات الأمن أوقفت سبعة متهمين بعد مداهمة في ميناء المدينة.'));
    desk.addArticle(article('207_g.txt', 'الداخلية: متظاهرون اعتدوا على الوحدات الأمنية\nقالت وزارة الداخلية إن عددا من المتظاهرين اعتدوا على الوحدات الأمنية في شارع الجمهورية بالعاصمة، وإن قوات الأمن أوقفت عشرة منهم.'));
    desk.addArticle(article('208_h.txt', 'الداخلية تدعو إلى التهدئة\nدعت وزارة الداخلية المتظاهرين إلى التهدئة بعد مواجهات في شارعي النصر والحرية، وقالت الوزارة إن قوات الأمن لم تستخدم الرصاص الحي وإن خمسة من عناصرها أصيبوا.'));
    expect(desk.storyOf('207')).not.toBe(desk.storyOf('208'));
  });

  it('takes no story evidence from a bare ministry or an anonymous source, and reads a street after a dual place noun', () => {
    const a = article('214_n.txt', 'مواجهات في العاصمة\nقالت وزارة الداخلية إن مواجهات وقعت في شارعي النصر والحرية. وقال مصدر أمني إن خمسة أصيبوا. وقال وزير الداخلية التونسي كمال الفقي إن التحقيق مستمر.');
    const directory = new SpeakerDirectory();
    const statements = extractStatements(a, directory);
    const profile = articleProfile(a, statements, { functionWords: loadFunctionWords(), places: loadPlaces() });
    const speakers = [...profile.features.keys()].filter((k) => k.startsWith('p:'));
    expect(speakers).toEqual([expect.stringMatching(/^p:p:/)]);
    expect([...profile.features.keys()].filter((k) => k.startsWith('g:~'))).toContain('g:~نصر');
  });

  it('labels a story no other article shares words with from its headline, never repeating its country as a nationality', () => {
    const desk = newsDesk();
    desk.addArticle(article('215_o.txt', 'البنك المركزي التركي يرفع الفائدة\nقرر البنك المركزي التركي رفع سعر الفائدة إلى 45 بالمئة في تركيا.'));
    const label = desk.storyLabel(desk.storyOf('215')!);
    expect(label.ar).toContain('البنك المركزي');
    expect(label.ar).not.toContain('التركي');
    expect(label.en).toMatch(/central bank/);
  });

  it('survives a snapshot: the same stories, and a new article still finds its own', () => {
    const desk = newsDesk();
    const restored = Desk.fromSnapshot(structuredClone(desk.toSnapshot()));
    for (const a of desk.articles()) expect(restored.storyOf(a.id)).toBe(desk.storyOf(a.id));
    restored.addArticle(article('206_f.txt', FIRE_3));
    expect(restored.storyOf('206')).toBe(restored.storyOf('201'));
  });
});

const profile = (words: string[], date: string | null = null, places: string[] = []): ArticleProfile => {
  const features = new Map<string, { count: number; surface: undefined }>();
  const bump = (feature: string) => features.set(feature, { count: (features.get(feature)?.count ?? 0) + 1, surface: undefined });
  for (const w of words) bump(`w:${w}`);
  for (const p of places) bump(`g:${p}`);
  return { features, date };
};

describe('StoryIndex', () => {
  const shared = ['زلزال', 'هزه', 'ريختر', 'انقاض', 'مبان', 'اغاثه'];
  const background = (index: StoryIndex) => {
    // Unrelated articles give the rarity weights something to compare with.
    index.add('900', profile(['موازنه', 'ضرائب', 'عجز']));
    index.add('901', profile(['انتخابات', 'مرشح', 'اقتراع']));
  };

  it('joins an article within the date window and asks far more of one dated far outside it', () => {
    // (Profiles of words only: the gate for articles naming no place is another test's.)
    const index = new StoryIndex({ outsideWindowSimilarity: 0.99, nowhereMinPairs: 0 });
    background(index);
    const first = index.add('1', profile([...shared, 'مدينه'], '2023-02-06'));
    expect(index.add('2', profile([...shared.slice(0, 5), 'ضحايا', 'عجز'], '2023-02-08'))).toBe(first);
    expect(index.add('3', profile([...shared.slice(0, 5), 'ذكرى', 'عجز'], '2024-02-06'))).not.toBe(first);
    expect(index.story(first)).toMatchObject({ first: '2023-02-06', last: '2023-02-08' });
  });

  it('keeps reports of different places apart though they tell the same kind of event', () => {
    const index = new StoryIndex({ outsideWindowSimilarity: 0.99 });
    background(index);
    const here = index.add('1', profile(shared, null, ['turkey', 'turkey']));
    expect(index.add('2', profile([...shared, 'عجز'], null, ['morocco']))).not.toBe(here);
    expect(index.add('3', profile([...shared, 'عجز'], null, ['turkey']))).toBe(here);
  });

  it('lets a wire naming the country join a local outlet that names only the city (countryPlaces)', () => {
    const countries = new Set(['g:yemen', 'g:morocco']);
    const index = new StoryIndex({ outsideWindowSimilarity: 0.99, countryPlaces: countries });
    background(index);
    const local = index.add('1', profile(shared, null, ['aden', 'aden']));
    expect(index.add('2', profile([...shared, 'عجز'], null, ['yemen', 'yemen', 'yemen', 'yemen', 'yemen', 'aden']))).toBe(local);
    // Without knowing which places are countries, the wire's country outweighs the shared city.
    const plain = new StoryIndex({ outsideWindowSimilarity: 0.99 });
    background(plain);
    const alone = plain.add('1', profile(shared, null, ['aden', 'aden']));
    expect(plain.add('2', profile([...shared, 'عجز'], null, ['yemen', 'yemen', 'yemen', 'yemen', 'yemen', 'aden']))).not.toBe(alone);
  });

  it('lets an article naming towns of a country join a story that names only that country (placeCountries)', () => {
    const countries = new Set(['g:tunisia', 'g:algeria']);
    const placeCountries = new Map([['g:gafsa', 'g:tunisia'], ['g:kasserine', 'g:tunisia'], ['g:oran', 'g:algeria']]);
    const make = (map: Map<string, string>) => {
      const index = new StoryIndex({ outsideWindowSimilarity: 0.99, localPlaceSimilarity: 0.99, countryPlaces: countries, placeCountries: map });
      background(index);
      return index;
    };
    const index = make(placeCountries);
    const national = index.add('1', profile(shared, null, ['tunisia']));
    expect(index.add('2', profile([...shared.slice(0, 5), 'وقود'], null, ['gafsa', 'gafsa', 'gafsa', 'kasserine', 'kasserine', 'kasserine', 'tunisia']))).toBe(national);
    // A town of another country is elsewhere.
    const other = make(placeCountries);
    const tunisia = other.add('1', profile(shared, null, ['tunisia']));
    expect(other.add('3', profile([...shared.slice(0, 5), 'وقود'], null, ['oran', 'oran', 'oran', 'oran', 'tunisia']))).not.toBe(tunisia);
    // Without the map the towns outweigh the shared country.
    const plain = make(new Map());
    const alone = plain.add('1', profile(shared, null, ['tunisia']));
    expect(plain.add('2', profile([...shared.slice(0, 5), 'وقود'], null, ['gafsa', 'gafsa', 'gafsa', 'kasserine', 'kasserine', 'kasserine', 'tunisia']))).not.toBe(alone);
  });

  it('takes a town both sides name for one place where their listed places differ (a capital against the country)', () => {
    const index = new StoryIndex({ outsideWindowSimilarity: 0.99 });
    background(index);
    const riots = index.add('1', profile(shared, null, ['jordan', '~معان', '~معان']));
    expect(index.add('2', profile([...shared, 'عجز'], null, ['amman', '~معان']))).toBe(riots);
    // Without the shared town the capital and the country are two places.
    const plain = new StoryIndex({ outsideWindowSimilarity: 0.99 });
    background(plain);
    const alone = plain.add('1', profile(shared, null, ['jordan']));
    expect(plain.add('2', profile([...shared, 'عجز'], null, ['amman']))).not.toBe(alone);
  });

  it('lets an article that names only places its story names join it, however few of them', () => {
    const index = new StoryIndex({ outsideWindowSimilarity: 0.99 });
    background(index);
    const border = index.add('1', profile(shared, null, ['jordan', 'jordan', 'jordan', 'jordan', 'jordan', 'jordan', 'northern_borders', 'northern_borders', 'syria']));
    expect(index.add('2', profile([...shared, 'عجز'], null, ['syria']))).toBe(border);
    // A place the story never names is elsewhere.
    expect(index.add('3', profile([...shared, 'عجز'], null, ['lebanon']))).not.toBe(border);
  });

  it('asks more of an article that names no place to join a story that names one (unplacedSimilarity)', () => {
    const strict = new StoryIndex({ outsideWindowSimilarity: 0.99, unplacedSimilarity: 0.99 });
    background(strict);
    const placed = strict.add('1', profile(shared, null, ['kuwait']));
    expect(strict.add('2', profile([...shared.slice(0, 4), 'محكمه', 'حبس'], null))).not.toBe(placed);
    // A shared town read after a place noun stands in for the missing listed place.
    const towns = new StoryIndex({ outsideWindowSimilarity: 0.99, unplacedSimilarity: 0.99 });
    background(towns);
    const local = towns.add('3', profile(shared, null, ['kuwait', '~الجهراء']));
    expect(towns.add('4', profile([...shared.slice(0, 4), 'محكمه', 'حبس'], null, ['~الجهراء']))).toBe(local);
    // With the plain bar the same placeless article joins.
    const plain = new StoryIndex({ outsideWindowSimilarity: 0.99, unplacedSimilarity: 0, unplacedMinPairs: 0 });
    background(plain);
    const again = plain.add('1', profile(shared, null, ['kuwait']));
    expect(plain.add('2', profile([...shared.slice(0, 4), 'محكمه', 'حبس'], null))).toBe(again);
  });

  it('asks a placeless article to share a name with its story, not only words (unplacedMinPairs)', () => {
    const named = (words: string[], names: string[], places: string[] = []): ArticleProfile => {
      const p = profile(words, null, places);
      const features = new Map(p.features);
      for (const n of names) features.set(n, { count: 1, surface: undefined });
      return { features, date: null };
    };
    const index = new StoryIndex({ outsideWindowSimilarity: 0.99, unplacedSimilarity: 0 });
    background(index);
    const vote = index.add('1', named(shared, ['p:p:BRY'], ['lebanon']));
    // The words of a parliament's vote and no one's name: another parliament.
    expect(index.add('2', named([...shared.slice(0, 5), 'ثقه'], ['p:p:ZYD']))).not.toBe(vote);
    // The same speaker quoted: the same vote.
    expect(index.add('3', named([...shared.slice(0, 5), 'موازنه'], ['p:p:BRY']))).toBe(vote);
  });

  it('asks less of a report of the same city on the same day (sameCitySimilarity)', () => {
    const countries = new Set(['g:morocco']);
    const make = (sameCity: number) => {
      const index = new StoryIndex({ outsideWindowSimilarity: 0.99, countryPlaces: countries, joinSimilarity: 0.99, sameCitySimilarity: sameCity });
      background(index);
      return index;
    };
    const lenient = make(0.1);
    const first = lenient.add('1', profile(shared, '2026-01-21', ['al_hoceima', 'al_hoceima']));
    expect(lenient.add('2', profile([...shared.slice(0, 4), 'بلاغ', 'محين'], '2026-01-21', ['al_hoceima', 'morocco']))).toBe(first);
    // A week later, or with the plain bar, the same report stays apart.
    expect(lenient.add('3', profile([...shared.slice(0, 4), 'بلاغ', 'محين'], '2026-01-28', ['al_hoceima']))).not.toBe(first);
    const strict = make(0.99);
    const alone = strict.add('1', profile(shared, '2026-01-21', ['al_hoceima', 'al_hoceima']));
    expect(strict.add('2', profile([...shared.slice(0, 4), 'بلاغ', 'محين'], '2026-01-21', ['al_hoceima', 'morocco']))).not.toBe(alone);
  });

  it('never joins on fewer shared features than minSharedFeatures', () => {
    const index = new StoryIndex({ nowhereMinPairs: 0 });
    background(index);
    const first = index.add('1', profile(shared));
    const least = STORY_OPTIONS.minSharedFeatures;
    expect(index.add('2', profile([...shared.slice(0, least - 1), 'طقس', 'رياح']))).not.toBe(first);
    expect(index.add('3', profile([...shared.slice(0, least), 'ضباب']))).toBe(first);
  });

  it('restores from its snapshot with the same members and spans', () => {
    const index = new StoryIndex();
    background(index);
    index.add('1', profile(shared, '2023-02-06'));
    index.add('2', profile(shared, '2023-02-07'));
    const copy = StoryIndex.fromJSON(structuredClone(index.toJSON()));
    expect(copy.stories()).toEqual(index.stories());
  });
});

describe('sortHeaviestFirst', () => {
  it('orders feature indices as a sort by weight (heaviest first) then feature id would, ties and sorted runs included', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const n of [0, 1, 2, 17, 40, 150, 1000]) {
      for (const shape of ['random', 'ties', 'ascending', 'descending']) {
        const weights = Float64Array.from({ length: n }, (_, i) =>
          shape === 'ties' ? Math.floor(next() * 4) : shape === 'ascending' ? i / 7 : shape === 'descending' ? (n - i) / 7 : next(),
        );
        const ids = Int32Array.from({ length: n }, (_, i) => (i * 7919) % 100_003);
        const order = Int32Array.from({ length: n }, (_, i) => i);
        const expected = [...order].sort((a, b) => weights[b]! - weights[a]! || ids[a]! - ids[b]!);
        sortHeaviestFirst(order, n, weights, ids);
        expect([...order]).toEqual(expected);
      }
    }
  });
});
