import type en from '../en/record.ts';

const record: typeof en = {
  details: 'Thông tin chi tiết',
  unknown: 'Chưa rõ',
  gaps: 'Khoảng trống',
  gapsNotAssessed: 'Chưa đánh giá: chưa có nguồn nào mô tả khoảng trống của hệ thống này.',
  gapsNone: 'Đã đánh giá: các nguồn không nêu khoảng trống nào.',
  severity: 'Mức độ',
  evidence: 'Bằng chứng',
  ethics: 'Tự đánh giá đạo đức AI',
  ethicsUnknown: 'Chưa có tự đánh giá theo Khung đạo đức AI quốc gia.',
  record: 'Bản ghi',
  revision: 'Phiên bản {{n}}',
  published: 'Công bố lần đầu',
  updated: 'Cập nhật lần cuối',
  history: 'Các phiên bản đã công bố',
  cite: 'Trích dẫn bản ghi này',
  citation:
    'AILA ({{year}}). {{title}} [Bản ghi {{id}}, phiên bản {{revision}}, cập nhật {{date}}]. Danh mục mở AI trong khu vực công. {{url}}',
  copy: 'Sao chép',
  copied: 'Đã sao chép',
  notFound: 'Không có hệ thống nào với mã này.',
};

export default record;
