import type en from '../en/landscape.ts';

const landscape: typeof en = {
  title: 'Bức tranh chung',
  lead: 'Chỉ số mức độ sẵn sàng, khung pháp lý và các phát hiện chính, mỗi nội dung đều có nguồn.',
  year: 'Năm',
  score: 'Điểm',
  discrepancy:
    '* Năm 2023 được đưa tin vừa là hạng 39 vừa là hạng 59/193, cùng điểm số 54,48. AILA hiển thị cả hai cho đến khi đối chiếu được với báo cáo gốc.',
  milestones: 'Luật, chiến lược và các đợt đánh giá',
  findings: 'Phát hiện chính theo khía cạnh khoảng trống',
  law: 'Các mức rủi ro theo Luật Trí tuệ nhân tạo',
  criteria: 'Tiêu chí xác định hệ thống rủi ro cao (dùng trong bảng hỏi rủi ro)',
  ethics: 'Khung đạo đức AI quốc gia: các nguyên tắc',
  ram: 'Phương pháp đánh giá mức độ sẵn sàng (RAM) của UNESCO: các khía cạnh',
  targets: 'Mục tiêu của Chiến lược quốc gia về AI',
};

export default landscape;
