import type en from '../en/brief.ts';

const brief: typeof en = {
  title: 'AI trong khu vực công — bản tóm tắt',
  scope: 'Phạm vi',
  all: 'toàn bộ danh mục',
  generated: 'Lập ngày {{date}}',
  print: 'In hoặc lưu PDF',
  back: 'Về trang tổng quan',
  recs: 'Các khuyến nghị ưu tiên trong phạm vi này',
  evidence: 'có bằng chứng ở {{n}} trên {{of}} hệ thống đã đánh giá khoảng trống',
  noEvidence:
    'Chưa có: chưa ghi nhận khoảng trống đáng kể nào ở {{n}} hệ thống đã đánh giá trong phạm vi này. Xem cả sáu khuyến nghị ở mục Khuyến nghị.',
  sourcesText:
    'Mọi số liệu đếm các hệ thống trong danh mục AILA, mỗi hệ thống đều có nguồn công khai (xem /about). Khung tham chiếu: Báo cáo đánh giá bức tranh AI của UNDP và IPS; Luật Trí tuệ nhân tạo số 134/2025/QH15; Khung đạo đức AI quốc gia (Thông tư 05/2026/TT-BKHCN).',
};

export default brief;
