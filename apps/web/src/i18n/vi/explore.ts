import type en from '../en/explore.ts';

const explore: typeof en = {
  title: 'Tra cứu danh mục',
  lead: 'Lọc và tìm kiếm mọi hệ thống. Địa chỉ trang này lưu lại cách xem của bạn.',
  filters: 'Bộ lọc',
  close: 'Đóng',
  show_one: 'Xem {{formatted}} kết quả',
  show_other: 'Xem {{formatted}} kết quả',
  activeCount_one: '{{count}} bộ lọc đang áp dụng',
  activeCount_other: '{{count}} bộ lọc đang áp dụng',
  inOther: 'tìm thấy trong bản tiếng Anh',
  moreFilters: 'Thêm bộ lọc',
  from: 'Từ',
  to: 'Đến',
  active: 'Bộ lọc đang áp dụng',
  remove: '(bỏ lọc)',
  search: 'Tìm kiếm',
  searchPlaceholder: 'Tìm theo tên, cơ quan, địa danh… (có dấu hoặc không dấu)',
  results_one: '{{formatted}} kết quả',
  results_other: '{{formatted}} kết quả',
  clear: 'Xóa mọi bộ lọc',
  noResults: 'Không có hệ thống nào khớp với bộ lọc.',
  deployment: 'Hệ thống',
  sortBy: 'Sắp xếp',
  sort: {
    relevance: 'Mức độ phù hợp',
    title: 'Tên (A–Z)',
    year: 'Năm bắt đầu (cũ nhất)',
    '-year': 'Năm bắt đầu (mới nhất)',
    updated: 'Cập nhật gần đây',
  },
  pager: 'Phân trang',
  previous: 'Trang trước',
  next: 'Trang sau',
  page: 'Trang {{page}}/{{pages}}',
  exportFormat: { csv: 'CSV', json: 'JSON', datapackage: 'Gói dữ liệu' },
  exportTitle: {
    csv: 'Kết quả này dưới dạng CSV: mở được bằng Excel, pandas và R với thiết lập mặc định',
    json: 'Kết quả này dưới dạng JSON, kèm thông tin nguồn gốc',
    datapackage:
      'Kết quả này dưới dạng Gói dữ liệu Frictionless (ZIP): tệp CSV kèm lược đồ, bộ lọc, ngày, phiên bản, giấy phép và cách trích dẫn',
  },
};

export default explore;
