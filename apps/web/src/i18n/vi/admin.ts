import type en from '../en/admin.ts';

const admin: typeof en = {
  audit: {
    title: 'Nhật ký kiểm tra',
    lead: 'Mọi thay đổi trạng thái, mới nhất trước: ai đã làm gì với đối tượng nào, vào lúc nào.',
    entity: 'Đối tượng',
    actor: 'Người thực hiện (thư điện tử)',
    action: 'Thao tác',
    apply: 'Lọc',
    reset: 'Xóa bộ lọc',
    download: 'Tải xuống CSV',
    empty: 'Không có mục nào khớp bộ lọc.',
    shown_one: '{{count}} mục mới nhất',
    shown_other: '{{count}} mục mới nhất',
    columns: {
      at: 'Thời điểm',
      actor: 'Người thực hiện',
      action: 'Thao tác',
      entity: 'Đối tượng',
      details: 'Trước → sau',
    },
    details: 'Xem',
  },
};

export default admin;
