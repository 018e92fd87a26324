import type en from '../en/about.ts';

const about: typeof en = {
  title: 'Giới thiệu AILA',
  lead: 'AILA là danh mục và bảng điều khiển mở về trí tuệ nhân tạo trong khu vực công, bắt đầu từ Việt Nam.',
  method: 'Phương pháp',
  methodSources:
    'Mỗi bản ghi mô tả một hệ thống AI do một cơ quan nhà nước vận hành, được AILA biên soạn từ nguồn công khai — cổng thông tin chính thức, thông báo của cơ quan và báo chí — và luôn trích dẫn nguồn. Thông tin nguồn không nêu thì để “chưa rõ”, không suy đoán.',
  methodPlaces:
    'Địa bàn theo 34 đơn vị hành chính cấp tỉnh từ ngày 1/7/2025. Bản ghi từ nguồn cũ được quy đổi từ tỉnh cũ sang đơn vị hiện hành và vẫn giữ địa danh ghi trong nguồn.',
  methodGaps:
    'Khoảng trống chỉ được ghi nhận khi có nguồn mô tả, kèm nguồn cho từng khoảng trống. Mức độ: 1 khi nguồn nêu vấn đề như một mối lo ngại, 2 khi vấn đề được mô tả là hạn chế hệ thống, 3 khi vấn đề cản trở hệ thống. Bản ghi chưa có bằng chứng là “chưa đánh giá” — không bao giờ được tính là không có khoảng trống.',
  assessed: 'Đã đánh giá khoảng trống cho {{n}} trên {{total}} hệ thống; số còn lại chưa được đánh giá.',
  frameworks: 'Khung đánh giá và nguồn',
  frameworksText:
    'Các khía cạnh khoảng trống và sáu khuyến nghị theo Báo cáo đánh giá bức tranh AI trong khu vực công Việt Nam của UNDP và IPS. Mức rủi ro theo Luật Trí tuệ nhân tạo (hiệu lực từ 1/3/2026); đạo đức theo Khung đạo đức AI quốc gia (hiệu lực từ 10/3/2026); mức độ sẵn sàng theo phương pháp RAM của UNESCO và Chỉ số sẵn sàng AI của Chính phủ. Mức rủi ro gợi ý chỉ mang tính tham khảo, không phải kết luận pháp lý.',
  indicative: 'Mức rủi ro tham khảo',
  indicativeText:
    'Chưa hồ sơ nào trong danh mục có mức rủi ro chính thức: nhà cung cấp tự phân loại hệ thống theo hướng dẫn sẽ được ban hành, còn danh mục hệ thống AI có rủi ro cao mới ở dạng dự thảo (tháng 2/2026). Để người đọc vẫn có thể biết bao nhiêu hệ thống có khả năng thuộc mức rủi ro cao, AILA đối chiếu từng hồ sơ với Luật Trí tuệ nhân tạo và các nguyên tắc của dự thảo đó. Các quy tắc được xét theo thứ tự dưới đây; quy tắc đầu tiên phù hợp quyết định mức rủi ro. Nếu cơ quan đã trả lời bảng hỏi năm tiêu chí, câu trả lời đó được dùng thay thế.',
  indicativeRest:
    'Hồ sơ không khớp quy tắc nào — chẳng hạn vì chưa nêu người sử dụng hoặc mục đích sử dụng — được ghi “chưa đủ thông tin”. Mức rủi ro do cơ quan hoặc nguồn công bố được hiển thị riêng và không bị thay đổi bởi cách đọc này.',
  cite: 'Cách trích dẫn bản ghi',
  citeText:
    'Trích dẫn bản ghi bằng mã định danh ổn định và số phiên bản, kèm các nguồn của bản ghi. Mỗi trang bản ghi có sẵn trích dẫn và đường dẫn ổn định; API trả về cùng bản ghi tại /api/v1/deployments/{id}.',
  citeExample:
    'AILA (2026). Trợ lý ảo hỗ trợ Thẩm phán [Bản ghi court-judges-assistant, phiên bản 1]. Danh mục mở AI trong khu vực công. /deployments/court-judges-assistant',
  api: 'API mở',
  apiText: 'Mọi cách xem đều có thể lấy dưới dạng JSON qua API có tài liệu.',
  dump: 'Toàn bộ danh mục, kèm mọi phiên bản, danh sách cơ quan và các sổ đăng ký đã nhập:',
  dumpPackage: 'Gói dữ liệu (ZIP)',
  dumpSqlite: 'Cơ sở dữ liệu SQLite',
  licence: 'Giấy phép và ghi nguồn',
  licenceText:
    'Dữ liệu danh mục: CC BY 4.0 — hãy trích dẫn bản ghi và nguồn của bản ghi. Mã nguồn: MIT. Ranh giới tỉnh: TaliaCao/Vietnam-Shape-Map (MIT), dữ liệu nền Open Development Vietnam. Phông chữ: Be Vietnam Pro (SIL Open Font Licence).',
  dictionary: 'Từ điển dữ liệu',
  dictionaryText:
    'Các trường của một bản ghi hệ thống, sinh tự động từ danh mục trường và lược đồ dùng để kiểm tra mọi bản ghi.',
  field: 'Trường',
  type: 'Kiểu',
  filter: 'Tham số lọc',
  meaning: 'Ý nghĩa',
  codes_one: '{{count}} mã — xem /api/v1/taxonomy',
  codes_other: '{{count}} mã — xem /api/v1/taxonomy',
  requiredNote: '* bắt buộc với mọi bản ghi được công bố.',
};

export default about;
