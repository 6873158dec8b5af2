# A group message holding a complainant's contact or a person's identifiers (issue 17)
leak-reposted = { $name } đã gửi (thông tin liên hệ, số giấy tờ đã được trợ lý lưu riêng và ẩn khỏi nhóm):
    «{ $text }»
leak-recall = { $name } vui lòng thu hồi tin nhắn vừa rồi vì có số điện thoại hoặc giấy tờ cá nhân; trợ lý đã lưu riêng thông tin đó.
leak-recall-not-kept = { $name } vui lòng thu hồi tin nhắn vừa rồi vì có số điện thoại hoặc giấy tờ cá nhân mà cả nhóm đọc được. Thông tin của người phản ánh xin nhắn riêng cho trợ lý.
leak-reposted-not-kept = { $name } đã gửi (số điện thoại, số giấy tờ đã được ẩn khỏi nhóm; thông tin của người phản ánh xin nhắn riêng cho trợ lý):
    «{ $text }»
leak-recall-case = { $name } vui lòng thu hồi tin nhắn vừa rồi: phản ánh này cần xử lý riêng, trợ lý đã lưu và gửi riêng cho người có trách nhiệm.
leak-reposted-case = { $name } đã gửi một phản ánh cần xử lý riêng; trợ lý đã lưu và ẩn nội dung khỏi nhóm.
leak-recall-contact = { $name } vui lòng thu hồi tin nhắn vừa rồi vì có thông tin liên hệ của người phản ánh; trợ lý đã lưu riêng thông tin đó.
leak-reposted-contact = { $name } đã gửi thông tin liên hệ của người phản ánh; trợ lý đã lưu riêng và ẩn khỏi nhóm.
leak-delete-right = Để ẩn số điện thoại, giấy tờ cá nhân mà thành viên lỡ gửi vào nhóm, trợ lý cần quyền xóa tin nhắn. Quản trị viên nhóm: mở thông tin nhóm → Quản trị viên → chọn trợ lý → bật "Xóa tin nhắn".
