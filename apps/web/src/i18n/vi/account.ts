import type en from '../en/account.ts';

const account: typeof en = {
  signIn: 'Đăng nhập',
  signOut: 'Đăng xuất',
  account: 'Tài khoản',
  signedIn: 'Đang đăng nhập:',
  roles: {
    submitter: 'Cán bộ cơ quan',
    reviewer: 'Người thẩm định',
    admin: 'Quản trị viên',
  },
  menu: {
    submissions: 'Hồ sơ của tôi',
    review: 'Thẩm định',
    audit: 'Nhật ký kiểm tra',
  },
  login: {
    title: 'Đăng nhập',
    lead: 'Dành cho cán bộ cơ quan, người thẩm định và quản trị viên. Xem danh mục không cần tài khoản.',
    email: 'Thư điện tử',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    busy: 'Đang đăng nhập…',
    wrong: 'Thư điện tử hoặc mật khẩu không đúng.',
    tooMany_one: 'Đăng nhập sai quá nhiều lần. Vui lòng chờ {{count}} phút rồi thử lại.',
    tooMany_other: 'Đăng nhập sai quá nhiều lần. Vui lòng chờ {{count}} phút rồi thử lại.',
    failed: 'Chưa đăng nhập được. Vui lòng thử lại sau giây lát.',
    already: 'Bạn đang đăng nhập với tên {{name}}.',
    required: 'Hãy nhập thư điện tử và mật khẩu.',
  },
  access: {
    signInTitle: 'Đăng nhập để tiếp tục',
    signInText: 'Trang này dành cho cán bộ cơ quan, người thẩm định và quản trị viên đã đăng nhập.',
    deniedTitle: 'Không có quyền truy cập',
    deniedText: 'Tài khoản của bạn không có quyền xem trang này.',
  },
};

export default account;
