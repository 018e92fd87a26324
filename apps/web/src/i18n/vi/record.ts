import type en from '../en/record.ts';

const record: typeof en = {
  details: 'Thông tin chi tiết',
  indicative: {
    title: 'Mức rủi ro có khả năng theo Luật Trí tuệ nhân tạo',
    declared: 'Mức rủi ro do cơ quan hoặc nguồn công bố:',
  },
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
  published: 'Đăng lần đầu trên AILA',
  updated: 'Cập nhật lần cuối trên AILA',
  notRecorded: 'chưa ghi nhận',
  history: 'Các phiên bản đã công bố',
  cite: 'Trích dẫn bản ghi này',
  citation:
    'AILA ({{year}}). {{title}} [Bản ghi {{id}}, phiên bản {{revision}}, cập nhật trên AILA {{date}}]. Danh mục mở AI trong khu vực công. {{url}}',
  copy: 'Sao chép',
  copied: 'Đã sao chép',
  notFound: 'Không có hệ thống nào với mã này.',
  withdrawn:
    'Bản ghi này đã được rút lại ngày {{date}}. Bản ghi không còn xuất hiện trong danh sách, thống kê và tệp xuất; trang và lịch sử của bản ghi vẫn được giữ để các trích dẫn không bị hỏng.',
  flagged: 'Đã được báo lỗi, đang xem xét',
  flaggedText_one: 'Một người đọc đã báo lỗi về bản ghi này; người thẩm định đang xem xét.',
  flaggedText_other: 'Người đọc đã báo {{count}} lỗi về bản ghi này; người thẩm định đang xem xét.',
  notTranslated: 'chưa dịch',
  update: 'Cập nhật bản ghi này',
  historyLink: 'Những gì thay đổi ở mỗi phiên bản',
  report: {
    title: 'Báo lỗi',
    lead: 'Thông tin sai hoặc đã cũ? Hãy báo cho người thẩm định; không cần tài khoản.',
    message: 'Thông tin nào chưa đúng?',
    messageHelp: 'Ít nhất 10 ký tự. Vui lòng không ghi dữ liệu cá nhân.',
    contact: 'Thư điện tử hoặc số điện thoại nếu bạn muốn được phản hồi (không bắt buộc)',
    send: 'Gửi báo lỗi',
    sending: 'Đang gửi…',
    thanks: 'Cảm ơn bạn: báo lỗi đã được tiếp nhận và người thẩm định sẽ xem xét.',
    tooShort: 'Hãy mô tả vấn đề bằng ít nhất 10 ký tự.',
    tooMany_one: 'Mạng của bạn đã gửi quá nhiều báo lỗi. Vui lòng thử lại sau {{count}} phút.',
    tooMany_other: 'Mạng của bạn đã gửi quá nhiều báo lỗi. Vui lòng thử lại sau {{count}} phút.',
    failed: 'Chưa gửi được báo lỗi. Vui lòng thử lại sau.',
  },
};

export default record;
