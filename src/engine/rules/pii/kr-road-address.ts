import { defineRule } from '../defineRule';

/** Korea's provinces and metropolitan cities as a road-name address starts with them (서울특별시, 경기도…). */
const PROVINCES = [
  '서울특별시', '부산광역시', '대구광역시', '인천광역시', '광주광역시', '대전광역시', '울산광역시', '세종특별자치시', '경기도', '강원도', '강원특별자치도',
  '충청북도', '충청남도', '전라북도', '전북특별자치도', '전라남도', '경상북도', '경상남도', '제주특별자치도',
].join('|');

// A South Korean road-name address (도로명주소), which needs no label: a province or metropolitan
// city, a city, county or district (시, 군, 구, perhaps a 구 inside a 시), a road (…로, …길, with a
// 번길 branch) and the building's number (`경기도 수원시 영통구 광교중앙로 145`, `부산광역시 해운대구
// 센텀중앙로 79-12`). The match starts at the province's first syllable, so texts without Hangul
// cost V8 nothing.
export default defineRule({
  id: 'kr-road-address',
  category: 'pii',
  description: 'South Korean road-name address (province, district, road and building number)',
  keywords: [],
  nearScript: { before: 8, after: 96 },
  pattern: new RegExp(
    `(?<![가-힣])(?:${PROVINCES}) [가-힣]{1,6}[시군구](?: [가-힣]{1,6}[구])?(?: [가-힣]{1,6}[읍면])? [가-힣0-9]{1,16}(?:로|길)(?: ?\\d{1,4}(?:번?길))? \\d{1,4}(?:-\\d{1,4})?(?![\\d-])`,
    'gu',
  ),
  redactAs: 'address',
  references: ['https://www.juso.go.kr/openIndexPage.do', 'https://en.wikipedia.org/wiki/Addresses_in_South_Korea'],
  examples: {
    positive: [
      'OD7,2025-03-02 10:14:09,사과 5kg,1,윤서하,010-5521-8830,16514,경기도 수원시 영통구 광교중앙로 145,102동 804호',
      '00:02:20 고객: 네. 배송지도 바꿔 주세요. 부산광역시 해운대구 센텀중앙로 79-12 으로요.',
      '| 주소 | 서울특별시 동작구 노량진로 41, 3층 302호 |',
    ],
    negative: ['본사: 서울특별시 강남구', '경기도 성남시 분당구 판교역로', '부산광역시 해운대구 센텀중앙로 주변 맛집'],
  },
});
