import type en from '../en/compare.ts';

const compare: typeof en = {
  title: 'So sánh các quốc gia và sổ đăng ký',
  lead: 'Đặt hai hay nhiều quốc gia hoặc sổ đăng ký AI công khai cạnh nhau. Các sổ đăng ký khác nhau về phạm vi, cách phân loại rủi ro và những gì bỏ trống: hãy đọc mỗi cột cùng phạm vi và lưu ý của nó, và bấm vào bất kỳ con số nào để xem các bản ghi đứng sau.',
  picker: {
    label: 'Nội dung so sánh',
    column: 'Cột {{n}}',
    countries: 'Quốc gia',
    registers: 'Sổ đăng ký',
    country: '{{name}} (mọi bản ghi)',
    add: 'Thêm cột',
    remove: 'Bỏ cột {{n}}',
    reset: 'Trở về so sánh mặc định',
    share: 'Địa chỉ của trang giữ nguyên nội dung so sánh: sao chép để chia sẻ.',
  },
  kind: {
    country: 'Quốc gia',
    register: 'Sổ đăng ký',
  },
  column: {
    records: 'Bản ghi',
    recordsLink: 'Xem {{n}} bản ghi của {{scope}}',
    agencies: 'Cơ quan',
    countries: 'Quốc gia',
    registers: 'Nguồn',
  },
  figure: {
    of: '<count>{{count}}</count> trên <total>{{base}}</total>',
    unknown: '{{n}} không nêu',
    notStated: 'Sổ đăng ký này không nêu',
    allUnknown: 'không bản ghi nào trong {{n}} bản ghi có thông tin',
  },
  declared: {
    title: 'Rủi ro cao hoặc tác động lớn, theo phân loại của sổ đăng ký',
    none: 'Chưa có mức rủi ro được công bố',
    noneVn: 'Các bản ghi của Việt Nam chưa công bố mức rủi ro theo Luật Trí tuệ nhân tạo.',
    meaning: 'Phân loại của chính sổ đăng ký; mỗi sổ định nghĩa theo cách riêng.',
    meaningRiskTier: 'Mức rủi ro được công bố theo Luật Trí tuệ nhân tạo của Việt Nam.',
    meanings: {
      'us-omb-2025':
        '“Tác động lớn” theo định nghĩa trong bản ghi nhớ M-25-21 của OMB (AI có kết quả là căn cứ chính cho quyết định có hệ quả pháp lý hoặc đáng kể đến quyền hay an toàn).',
    },
  },
  indicative: {
    title: 'Có khả năng rủi ro cao — đánh giá sơ bộ của AILA',
    note: 'Chỉ mang tính tham khảo: AILA tự đối chiếu từng bản ghi với Luật Trí tuệ nhân tạo, không phải phân loại chính thức. Mẫu số: các bản ghi xác định được mức sơ bộ.',
  },
  assessed: {
    title: 'Đã đánh giá tác động',
    meaning: 'Theo sổ đăng ký (ví dụ IAMA, DPIA, hoặc đánh giá tác động lớn đã hoàn thành).',
  },
  published: {
    title: 'Đã công bố đánh giá tác động',
    meaning: 'Bản ghi có đường dẫn tới báo cáo đánh giá đã công bố.',
    none: 'Tệp của sổ đăng ký này không có đường dẫn tới báo cáo đánh giá.',
  },
  source: {
    title: 'Phạm vi và lưu ý',
    publisher: 'Đơn vị công bố: {{publisher}}',
    licence: 'Giấy phép: {{licence}}',
    file: 'Tệp ngày {{date}}: {{rows}} dòng, {{records}} bản ghi đã nhập',
    fileUndated: 'Tệp không ghi ngày: {{rows}} dòng, {{records}} bản ghi đã nhập',
    imported: 'nhập ngày {{date}}',
    open: 'Mở sổ đăng ký',
    caveats: 'Lưu ý',
    aila: {
      name: 'Danh mục AILA',
      publisher: 'AILA',
      licence: 'CC BY 4.0',
      coverage:
        'Khu vực công Việt Nam: các hệ thống được tổng hợp từ nguồn công khai (cổng thông tin chính phủ, báo chí, báo cáo của cơ quan) và các bản ghi do cơ quan gửi, được xem xét trước khi công bố. Chưa đầy đủ: hệ thống không được nguồn công khai nào nhắc tới thì chưa có.',
      caveats: {
        unknown:
          'Phần lớn các trường về quản trị chưa rõ: nguồn hiếm khi nêu mức rủi ro, khoảng trống, đạo đức hay đánh giá tác động. Chưa rõ được hiển thị là chưa rõ, không bao giờ là “không”.',
        coverage:
          'Trong {{total}} bản ghi: {{risk}} có mức rủi ro, {{gaps}} đã đánh giá khoảng trống, {{ethics}} có tự đánh giá đạo đức.',
        indicative:
          'Mức “có khả năng rủi ro cao” là đánh giá của riêng AILA dựa trên thông tin của từng bản ghi; không phải mức rủi ro theo Luật Trí tuệ nhân tạo.',
      },
      about: 'Cách xây dựng danh mục',
    },
  },
  charts: {
    stage: 'Giai đoạn của từng hệ thống',
    stageSub: 'Tỷ lệ trên số bản ghi của mỗi cột; giai đoạn chưa rõ được hiển thị là chưa rõ',
    category: 'Loại ứng dụng',
    categorySub: 'Tỷ lệ trên số bản ghi của mỗi cột theo loại ứng dụng',
    categoryNone: '{{scopes}}: sổ đăng ký không nêu loại ứng dụng nên mọi bản ghi đều là “khác”.',
    growth: 'Tăng trưởng theo năm',
    growthSub:
      'Hệ thống đang thí điểm, đang vận hành hoặc đã ngừng, theo năm bắt đầu; hệ thống dự kiến triển khai không được tính',
    growthShare: 'Theo tỷ lệ của mỗi cột',
    growthCount: 'Theo số hệ thống',
    growthMode: 'Cách hiển thị',
    growthDated: '{{scope}}: {{dated}} trên {{adopted}} hệ thống đang sử dụng có năm bắt đầu.',
    growthUndated:
      '{{scope}}: không có năm bắt đầu — sổ đăng ký này chỉ ghi thời điểm bản ghi được đăng ký hoặc công bố, nên không được vẽ ở đây.',
    growthNone: 'Không cột nào có hệ thống ghi năm bắt đầu.',
    empty: 'Không có bản ghi để vẽ.',
    value: 'Bản ghi',
  },
  print: 'In',
};

export default compare;
