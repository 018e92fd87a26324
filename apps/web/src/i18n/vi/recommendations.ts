import type en from '../en/recommendations.ts';

const recommendations: typeof en = {
  title: 'Khuyến nghị chính sách',
  lead: 'Sáu khuyến nghị của Báo cáo đánh giá bức tranh AI, xếp hạng theo các khoảng trống tìm thấy trong danh mục.',
  scope:
    'Xếp hạng theo khoảng trống trong phạm vi này: {{total}} hệ thống, trong đó {{assessed}} hệ thống đã được đánh giá khoảng trống dựa trên nguồn. Hệ thống chưa đánh giá không được tính.',
  number: 'Khuyến nghị số {{n}} của báo cáo',
  priority: 'Mức ưu tiên {{p}} · xếp thứ {{rank}} trên {{of}} trong phạm vi này',
  priorityHelp:
    'Mức ưu tiên là trung bình, trên các hệ thống đã đánh giá khoảng trống trong phạm vi này, của khoảng trống nặng nhất mà khuyến nghị giải quyết: 0% khi không hệ thống nào có khoảng trống đó, 100% khi mọi hệ thống đều bị khoảng trống đó cản trở. Số thứ tự là số của báo cáo.',
  smallBase: '* Dưới {{min}} hệ thống đã đánh giá: mức ưu tiên chỉ mang tính ví dụ, chưa phải xếp hạng.',
  evidence: 'có bằng chứng ở {{n}} trên {{of}} hệ thống đã đánh giá',
  linked_one: '{{count}} hệ thống có khoảng trống liên quan',
  linked_other: '{{count}} hệ thống có khoảng trống liên quan',
  progress: 'Tiến độ thực hiện',
  status: { planned: 'Dự kiến', in_progress: 'Đang thực hiện', done: 'Đã thực hiện' },
};

export default recommendations;
