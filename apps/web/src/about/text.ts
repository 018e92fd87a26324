const FRAMEWORK_SOURCES: [string, string][] = [
  [
    'UNDP Viet Nam — AI Landscape Assessment (2025)',
    'https://undp.org/vietnam/press-releases/viet-nam-accelerates-ai-adoption-public-sector-strategic-policy-recommendations',
  ],
  [
    'Nhân Dân — AILA findings and recommendations',
    'https://nhandan.vn/nang-cao-nang-luc-so-ung-dung-tri-tue-nhan-tao-trong-khu-vuc-cong-post865973.html',
  ],
  [
    'Law on Artificial Intelligence No. 134/2025/QH15',
    'https://luatvietnam.vn/linh-vuc-khac/tai-luat-tri-tue-nhan-tao-2025-so-134-2025-qh15-186-106136-article.html',
  ],
  [
    'National AI Ethics Framework — Circular 05/2026/TT-BKHCN',
    'https://ngaynay.vn/ban-hanh-quy-dinh-khung-dao-duc-tri-tue-nhan-tao-quoc-gia-post170094.html',
  ],
  [
    'UNESCO Readiness Assessment Methodology',
    'https://www.ai4europe.eu/education/education-catalog/readiness-assessment-methodology-tool-recommendation-ethics-artificial',
  ],
];

export const ABOUT = {
  en: {
    method: 'Method',
    methodText: [
      'Each record describes one AI system run by a public body. It is written in our own words from public sources — official portals, agency announcements and the press — and cites them. Fields the sources do not state stay unknown rather than guessed.',
      'Places follow the 34 provincial units in force since 1 July 2025. A record from an older source is mapped from the former province to its current unit, and the place named in the source is kept.',
      'Gaps are recorded only where a source describes them, with the source on each gap. Severity: 1 when a source mentions the problem as a concern, 2 when it is described as limiting the system, 3 when it blocks it. A record without such evidence is “not assessed” — never counted as having no gaps.',
    ],
    assessed: (n: string, total: string) =>
      `Gaps assessed for ${n} of ${total} deployments; the rest are not assessed.`,
    frameworks: 'Frameworks and sources',
    frameworksText:
      'Gap dimensions and the six recommendations follow the UNDP / IPS AI Landscape Assessment of Vietnam’s public sector. Risk tiers follow the Law on AI (in force 1 March 2026); ethics follow the National AI Ethics Framework (in force 10 March 2026); readiness follows UNESCO’s RAM and the Government AI Readiness Index. A suggested risk tier is indicative, never a legal determination.',
    frameworkSources: FRAMEWORK_SOURCES,
    cite: 'How to cite a record',
    citeText:
      'Cite the record by its stable id and revision, and its own sources. Every record page has a ready-made citation and a stable URL; the API answers the same record at /api/v1/deployments/{id}.',
    citeExample:
      'AILA (2026). Virtual assistant for judges [Record court-judges-assistant, revision 1]. Open catalogue of AI in the public sector. /deployments/court-judges-assistant',
    api: 'Open API',
    apiText: 'Every view is available as JSON through the documented API.',
    licence: 'Licence and attribution',
    licenceText:
      'Catalogue data: CC BY 4.0 — cite the record and its sources. Code: MIT. Province boundaries: TaliaCao/Vietnam-Shape-Map (MIT), base data Open Development Vietnam. Typeface: Be Vietnam Pro (SIL Open Font Licence).',
    dictionary: 'Data dictionary',
    dictionaryText: 'The fields of a deployment record, generated from the schema that validates every record.',
    field: 'Field',
    type: 'Type',
    meaning: 'Meaning',
    codes: (n: number) => `${n} codes — see /api/v1/taxonomy`,
    requiredNote: '* required in every published record.',
  },
  vi: {
    method: 'Phương pháp',
    methodText: [
      'Mỗi bản ghi mô tả một hệ thống AI do một cơ quan nhà nước vận hành, được AILA biên soạn từ nguồn công khai — cổng thông tin chính thức, thông báo của cơ quan và báo chí — và luôn trích dẫn nguồn. Thông tin nguồn không nêu thì để “chưa rõ”, không suy đoán.',
      'Địa bàn theo 34 đơn vị hành chính cấp tỉnh từ ngày 1/7/2025. Bản ghi từ nguồn cũ được quy đổi từ tỉnh cũ sang đơn vị hiện hành và vẫn giữ địa danh ghi trong nguồn.',
      'Khoảng trống chỉ được ghi nhận khi có nguồn mô tả, kèm nguồn cho từng khoảng trống. Mức độ: 1 khi nguồn nêu vấn đề như một mối lo ngại, 2 khi vấn đề được mô tả là hạn chế hệ thống, 3 khi vấn đề cản trở hệ thống. Bản ghi chưa có bằng chứng là “chưa đánh giá” — không bao giờ được tính là không có khoảng trống.',
    ],
    assessed: (n: string, total: string) =>
      `Đã đánh giá khoảng trống cho ${n} trên ${total} hệ thống; số còn lại chưa được đánh giá.`,
    frameworks: 'Khung đánh giá và nguồn',
    frameworksText:
      'Các khía cạnh khoảng trống và sáu khuyến nghị theo Báo cáo đánh giá bức tranh AI trong khu vực công Việt Nam của UNDP và IPS. Mức rủi ro theo Luật Trí tuệ nhân tạo (hiệu lực từ 1/3/2026); đạo đức theo Khung đạo đức AI quốc gia (hiệu lực từ 10/3/2026); mức độ sẵn sàng theo phương pháp RAM của UNESCO và Chỉ số sẵn sàng AI của Chính phủ. Mức rủi ro gợi ý chỉ mang tính tham khảo, không phải kết luận pháp lý.',
    frameworkSources: FRAMEWORK_SOURCES,
    cite: 'Cách trích dẫn bản ghi',
    citeText:
      'Trích dẫn bản ghi bằng mã định danh ổn định và số phiên bản, kèm các nguồn của bản ghi. Mỗi trang bản ghi có sẵn trích dẫn và đường dẫn ổn định; API trả về cùng bản ghi tại /api/v1/deployments/{id}.',
    citeExample:
      'AILA (2026). Trợ lý ảo hỗ trợ Thẩm phán [Bản ghi court-judges-assistant, phiên bản 1]. Danh mục mở AI trong khu vực công. /deployments/court-judges-assistant',
    api: 'API mở',
    apiText: 'Mọi cách xem đều có thể lấy dưới dạng JSON qua API có tài liệu.',
    licence: 'Giấy phép và ghi nguồn',
    licenceText:
      'Dữ liệu danh mục: CC BY 4.0 — hãy trích dẫn bản ghi và nguồn của bản ghi. Mã nguồn: MIT. Ranh giới tỉnh: TaliaCao/Vietnam-Shape-Map (MIT), dữ liệu nền Open Development Vietnam. Phông chữ: Be Vietnam Pro (SIL Open Font Licence).',
    dictionary: 'Từ điển dữ liệu',
    dictionaryText: 'Các trường của một bản ghi hệ thống, sinh tự động từ lược đồ dùng để kiểm tra mọi bản ghi.',
    field: 'Trường',
    type: 'Kiểu',
    meaning: 'Ý nghĩa',
    codes: (n: number) => `${n} mã — xem /api/v1/taxonomy`,
    requiredNote: '* bắt buộc với mọi bản ghi được công bố.',
  },
} as const;
