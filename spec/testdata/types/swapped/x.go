package swapped

import "context"

type Server struct{}

func NewServer(ctx context.Context, admin, api string) (*Server, error) { return &Server{}, nil }

type Order struct{}

func Handle(ctx context.Context, userDB, adminDB *Server, o Order) error { return nil }
