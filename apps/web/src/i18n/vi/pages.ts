import type en from '../en/pages.ts';

const pages: typeof en = {
  submit: {
    title: 'Gửi thông tin hệ thống',
    lead: 'Cán bộ cơ quan sẽ gửi và cập nhật thông tin hệ thống của cơ quan mình tại đây; người duyệt phê duyệt và mọi phiên bản đã công bố đều được lưu lại.',
  },
  inPreparation: 'Mục này đang được chuẩn bị. Danh mục và trang tổng quan đã hoạt động.',
};

export default pages;
